import * as vscode from 'vscode';
import type { ShowMentionsArgs } from '../../server/src/lsp/clientProtocol';

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** A `[uri, startLine, startCharacter, endLine, endCharacter]` from a hover link, or undefined when it is anything else. */
function toLocation(x: unknown): vscode.Location | undefined {
  if (!Array.isArray(x) || x.length !== 5 || typeof x[0] !== 'string' || !x.slice(1).every(isCount)) return undefined;
  const [uri, sl, sc, el, ec] = x as [string, number, number, number, number];
  return new vscode.Location(vscode.Uri.parse(uri, true), new vscode.Range(sl, sc, el, ec));
}

/**
 * `secondSource.showMentions` (a hover card's "2 mentions" link): every mention, in every source
 * of the story, in a references peek at the hovered name, rather than a jump to the first one.
 */
export async function showMentions(...args: unknown[]): Promise<void> {
  const [uri, line, character, listed] = args as ShowMentionsArgs;
  const locations = Array.isArray(listed) ? listed.map(toLocation) : [];
  if (typeof uri !== 'string' || !isCount(line) || !isCount(character) || !locations.length || locations.some((l) => !l)) return;
  await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri, true), new vscode.Position(line, character), locations);
}
