/**
 * The one CommonJS `require` the engine makes (index.ts loads its analysis on first use): the
 * bundler and Node provide it, lib ES2022 does not, so it is declared here for the engine's own
 * modules only.
 */
declare function require(id: './analyze' | './nlp'): unknown;
