import { strict as assert } from 'node:assert';
import { marked } from 'marked';
import { InProcessChecker } from '../../server/src/lsp/analysisWorker';
import type { ServedResult } from '../../server/src/lsp/workerProtocol';
import { hoverAt } from '../../server/src/lsp/hover';

const URL_TEXT = 'http://2130706433/x';
const a = `---\nsource: See ${URL_TEXT} and www.evil.example or ask a@evil.example\n---\nOracle said on Monday: “We will sell the TikTok unit, details at ${URL_TEXT} and www.evil.example, ask a@evil.example today.” Oracle confirmed it.\n`;
const b = `---\nsource: Wire\n---\nOracle said on Monday: “We will not sell the TikTok unit, details at ${URL_TEXT} and www.evil.example, ask a@evil.example today.” Oracle confirmed it.\n`;

/** Issue 21, item 13: article text in hover cards renders as text, never as a link. */
describe('hover cards over article text with web addresses', () => {
  const result = new InProcessChecker().check(
    [
      { path: 's/a.article', text: a },
      { path: 's/b.article', text: b },
    ],
    {},
    true,
  ) as ServedResult;
  const hover = (offset: number) =>
    hoverAt(result, 's/b.article', offset, {
      open: () => 'command:secondSource.openOtherSource?%5B%5D',
      showMentions: () => 'command:secondSource.showMentions?%5B%5D',
      sourceOf: (p) => result.documents.find((d) => d.path === p)!.facts.article.source,
    })!.markdown;
  /** The hrefs of the links the hover renders to, as VS Code renders hover Markdown (marked, GitHub flavour). */
  const links = (markdown: string) => [...(marked.parse(markdown, { async: false, gfm: true }) as string).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  const text = (markdown: string) => (marked.parse(markdown, { async: false, gfm: true }) as string).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');

  it('shows addresses in a source name and in another version of a quotation as text', () => {
    for (const markdown of [hover(b.indexOf('Oracle said')), hover(b.indexOf('We will not'))]) {
      assert.ok(links(markdown).length > 0, markdown);
      assert.deepEqual(
        links(markdown).filter((href) => !href.startsWith('command:')),
        [],
        markdown,
      );
      assert.ok(text(markdown).includes(URL_TEXT), text(markdown));
    }
    assert.ok(text(hover(b.indexOf('Oracle said'))).includes(`See ${URL_TEXT} and www.evil.example or ask a@evil.example`));
  });
});
