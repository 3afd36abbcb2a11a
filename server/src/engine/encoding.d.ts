/**
 * The WHATWG Encoding API's decoder, which input.ts uses: a global of every host the engine runs in
 * (Node, browsers, web workers) but part of neither lib ES2022 nor a build without Node's or the
 * DOM's types, so declared here as far as the engine uses it.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
