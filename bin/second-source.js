#!/usr/bin/env -S node --single-threaded-gc
// Single-threaded GC: V8's helper threads otherwise take the core that the language server's main
// thread (or a second analysis thread) needs, and it can only be chosen when node starts. Run as
// `node bin/second-source.js`, the shebang is skipped and V8's default applies.
require('../dist/cli.js');
