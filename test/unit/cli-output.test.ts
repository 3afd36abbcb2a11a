import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { formatSarif, formatText } from '../../server/src/cli/formats';
import type { JsonReport } from '../../server/src/cli/report';
import { runCli } from './cli-source';

const root = resolve(__dirname, '../..');
/** What a terminal obeys: C0 controls but the line feeds between lines, DEL, C1, separators, bidi controls. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

function report(path: string, message: string, relatedPath = 'b.article'): JsonReport {
  return {
    version: 1,
    documents: [
      {
        path,
        story: 's',
        published: null,
        source: null,
        entities: [],
        dates: [],
        quotes: [],
        diagnostics: [
          {
            start: 0,
            end: 1,
            line: 0,
            character: 0,
            code: 'name-variant',
            severity: 'information',
            confidence: 0.5,
            message,
            related: [{ path: relatedPath, start: 0, end: 1, message: `${message} (related)` }],
          },
        ],
      },
    ],
  };
}

describe('what the CLI prints of hostile articles and file names', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'second-source-out-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('the text format (issue 21, item 6)', () => {
    it('escapes control characters and bidirectional controls in paths, messages and reasons', () => {
      const evil = 'x\u001b[2J\u001b]0;owned\u0007\u009b31m\u202eevil\u2066.article\n0 files checked: 0 errors';
      const out = formatText(
        report(evil, `“TicToc” \u001b]8;;http://2130706433/\u001b\\\\link\u001b]8;;\u001b\\\\ in ${evil}`, evil),
        [{ path: evil, reason: `odd \u007f\r reason` }],
        new Map(),
      );
      const lines = out.split('\n');
      assert.ok(!CONTROL.test(out), JSON.stringify(out));
      assert.equal(lines.length, 5, out);
      assert.ok(
        lines[0].startsWith('x\\x1b[2J\\x1b]0;owned\\x07\\x9b31m\\u202eevil\\u2066.article\\x0a0 files checked: 0 errors: skipped: odd \\x7f\\x0d reason'),
        lines[0],
      );
      assert.match(lines[3], /^1 file checked: 0 errors, 0 warnings, 1 information, 1 skipped$/);
    });

    it('prints a story whose source name and file name carry escapes without them (end to end)', () => {
      cpSync(join(root, 'examples/tiktok-oracle'), dir, { recursive: true });
      const cbr = join(dir, 'cbr-tiktok-oracle-partnership.article');
      writeFileSync(cbr, `---\nsource: "CBR\\e[2J\\e]0;title\\a\\u202E"\n---\n${readFileSync(cbr, 'utf8')}`);
      renameSync(join(dir, 'bytedance-partners-tiktok.article'), join(dir, 'byte\ndance\u001b[31m.article'));
      const r = runCli(['check', '--no-cache', dir]);
      assert.equal(r.status, 1, r.stderr);
      assert.ok(!CONTROL.test(r.stdout), JSON.stringify(r.stdout));
      assert.match(
        r.stdout,
        /byte\\x0adance\\x1b\[31m\.article:\d+:\d+: warning \[quote-wording\] Quotation reads differently in CBR\\x1b\[2J\\x1b\]0;title\\x07\\u202e:/,
      );
      assert.match(r.stdout, /\n2 files checked: 0 errors, \d+ warnings, \d+ information\n$/);
    });
  });

  describe('SARIF (issue 21, item 15)', () => {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // Without the u flag: the schema's language pattern has a stray bracket that only unicode mode refuses.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = (sarif: unknown) => (validate(sarif) ? '' : ajv.errorsText(validate.errors));

    it('gives artifact locations as URI references, percent-encoded, and validates against the SARIF 2.1.0 schema', () => {
      const sarif = JSON.parse(formatSarif(report('dir/a b#1%zz.article', 'm', '/abs/x y?.article'), '1.0.0'));
      const location = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
      const related = sarif.runs[0].results[0].relatedLocations[0].physicalLocation.artifactLocation.uri;
      assert.deepEqual([location, related], ['dir/a%20b%231%25zz.article', 'file:///abs/x%20y%3F.article']);
      assert.equal(
        JSON.parse(formatSarif(report('c:d.article', 'm'), '1.0.0')).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
        'c%3Ad.article',
      );
      assert.equal(valid(sarif), '');
    });

    it('of the reference story validates against the schema', () => {
      const r = runCli(['check', '--no-cache', '--format', 'sarif', 'examples/tiktok-oracle']);
      assert.equal(valid(JSON.parse(r.stdout)), '');
    });
  });
});
