import { strict as assert } from 'node:assert';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Finding } from '../../server/src/engine';
import { Positions } from '../../server/src/lsp/positions';
import { DiagnosticsPublisher } from '../../server/src/lsp/publisher';

/** A publisher over a fake connection that keeps what it is sent, and texts the test changes. */
function publisher() {
  const texts = new Map<string, string>([
    ['/s/a.article', 'Smith said he would go.'],
    ['/s/b.article', 'Smyth said he would not go.'],
  ]);
  const sent: PublishDiagnosticsParams[] = [];
  const connection = {
    sendDiagnostics: (p: PublishDiagnosticsParams) => {
      sent.push(p);
      return Promise.resolve();
    },
    languages: { semanticTokens: { refresh: () => Promise.resolve() } },
  } as unknown as Connection;
  return { texts, sent, publisher: new DiagnosticsPublisher(connection, new Positions((p) => texts.get(p))) };
}

const finding = (start: number, end: number, message: string): Finding =>
  ({ code: 'name-variant', severity: 'warning', start, end, message, related: [], confidence: 0.9 }) as unknown as Finding;

describe('diagnostics publisher', () => {
  it('sends an article again only when its diagnostics or its text changed', () => {
    const { texts, sent, publisher: p } = publisher();
    const docs = (message: string) => [
      { path: '/s/a.article', problems: [], findings: [finding(0, 5, message)] },
      { path: '/s/b.article', problems: [], findings: [] },
    ];
    p.publish('s', docs('Smith or Smyth?'));
    assert.equal(sent.length, 2);
    // The same result again: nothing new for the editor to draw.
    p.publish('s', docs('Smith or Smyth?'));
    assert.equal(sent.length, 2);
    // One article's findings changed: only its diagnostics go.
    p.publish('s', docs('Smith, not Smyth?'));
    assert.deepEqual(
      sent.slice(2).map((s) => s.uri),
      ['file:///s/a.article'],
    );
    // An edited article is sent its diagnostics though they are the same: the edit was checked.
    texts.set('/s/b.article', 'Smyth said he would not come.');
    p.publish('s', docs('Smith, not Smyth?'));
    assert.deepEqual(
      sent.slice(3).map((s) => [s.uri, s.diagnostics.length]),
      [['file:///s/b.article', 0]],
    );
  });

  it('clears a file that left the story, and sends it its diagnostics when it comes back', () => {
    const { sent, publisher: p } = publisher();
    const a = { path: '/s/a.article', problems: [], findings: [finding(0, 5, 'Smith or Smyth?')] };
    const b = { path: '/s/b.article', problems: [], findings: [finding(0, 5, 'Smyth or Smith?')] };
    p.publish('s', [a, b]);
    p.publish('s', [a]);
    assert.deepEqual(
      sent.slice(2).map((s) => [s.uri, s.diagnostics.length]),
      [['file:///s/b.article', 0]],
    );
    p.publish('s', [a, b]);
    assert.deepEqual(
      sent.slice(3).map((s) => [s.uri, s.diagnostics.length]),
      [['file:///s/b.article', 1]],
    );
  });
});
