import { strict as assert } from 'node:assert';
import { renderOverview } from '../../client/src/overviewHtml';
import { InProcessChecker } from '../../server/src/lsp/analysisWorker';
import type { ServedResult } from '../../server/src/lsp/workerProtocol';
import { fairShares, MAX_OVERVIEW_DATES, storyOverview } from '../../server/src/lsp/overview';

/** Issue 21, item 11: a story with a huge number of dates still gets its overview. */
describe('the story overview of a story with 240,000 dates', function () {
  this.timeout(60000);
  const result = new InProcessChecker().check(
    [
      { path: 's/a.article', text: 'Oracle said on Monday, September 14, 2020 that it would buy TikTok in August 2018.\n' },
      { path: 's/b.article', text: 'Oracle said on Monday that it would buy TikTok.\n' },
    ],
    {},
    true,
  ) as ServedResult;
  // The dates of a hostile source: many copies of the one it gives.
  const date = result.documents[0].facts.dates[0];
  result.documents[0].facts.dates = Array.from({ length: 240_000 }, (_, i) => ({ ...date, text: `${date.text} ${i}` }));
  const zero = { line: 0, character: 0 };
  const overview = storyOverview(result, { storyLabel: 's', toUri: (p) => `file:///${p}`, range: () => ({ start: zero, end: zero }) });

  it('sends at most 1,000 dates, each source its share, and the count of all', () => {
    assert.equal(overview.dates.length, MAX_OVERVIEW_DATES);
    assert.equal(overview.dateCount, 240_000 + result.documents[1].facts.dates.length);
    assert.ok(result.documents[1].facts.dates.length > 0);
    assert.equal(overview.dates.filter((d) => d.uri === 'file:///s/b.article').length, result.documents[1].facts.dates.length);
    assert.deepEqual(fairShares([5000, 2, 0, 700], 1000), [499, 2, 0, 499]);
  });

  it('renders, and says that the timeline shows only some of the dates', () => {
    const html = renderOverview(overview, { nonce: 'n', cspSource: 'vscode-resource:' });
    assert.match(html, /<p class="dim" id="summary">2 sources · \d+ entit(?:y|ies) · 240,00\d dates · /);
    assert.match(html, /id="dates-capped">240,00\d dates in this story: the timeline shows 1,000 of them/);
    assert.ok((html.match(/class="mark"/g) ?? []).length <= MAX_OVERVIEW_DATES);
  });
});
