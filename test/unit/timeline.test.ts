import { strict as assert } from 'node:assert';
import { renderOverview, type StoryOverview } from '../../client/src/overviewHtml';
import { type Box, DAY, layoutTimeline, mergeDates, type TimelineData, type TimelineDate, type TimelineLayout } from '../../client/src/timelineLayout';
import { timelineSvg } from '../../client/src/timelineSvg';

const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const date = (source: number, text: string, from: string, to = from): TimelineDate => ({
  source,
  text,
  value: from === to ? from : `${from}/${to}`,
  from: day(from),
  to: day(to),
  loc: { uri: `file:///s/${source}.article`, range: zero },
});

/** Three sources of a story of mid-September 2020, one of which also dates something in 2015. */
const STORY: TimelineData = {
  id: 'timeline',
  title: 'Timeline',
  sources: ['Computer Business Review', 'ByteDance Times', 'The Daily Wire'],
  yearless: false,
  dates: [
    date(0, 'Monday', '2020-09-14'),
    date(0, 'Monday', '2020-09-14'),
    date(0, 'Monday', '2020-09-14'),
    date(0, 'Monday', '2020-09-14'),
    date(1, 'Sept. 14', '2020-09-14'),
    date(2, 'September 14', '2020-09-14'),
    date(0, 'Sunday', '2020-09-13'),
    date(1, 'Tuesday', '2020-09-15'),
    date(2, 'next Friday', '2020-09-18'),
    date(1, 'last month', '2020-08-01', '2020-08-31'),
    date(2, 'September 20', '2020-09-20'),
    date(0, 'November 3', '2020-11-03'),
    date(2, 'April 2015', '2015-04-01', '2015-04-30'),
    date(2, 'April 6, 2015', '2015-04-06'),
  ],
};

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (b: Box, l: TimelineLayout) => b.x >= 0 && b.y >= 0 && b.x + b.width <= l.width && b.y + b.height <= l.height;

/** Every coordinate the SVG draws at, from its attributes. */
function coordinates(svg: string): { xs: number[]; ys: number[] } {
  const pick = (names: string) => [...svg.matchAll(new RegExp(`\\s(?:${names})="(-?[\\d.]+)"`, 'g'))].map((m) => Number(m[1]));
  return { xs: pick('x|x1|x2|cx'), ys: pick('y|y1|y2|cy') };
}

describe('the story timeline', () => {
  it('merges a date several mentions give into one mark with its count and sources', () => {
    const items = mergeDates(STORY.dates);
    const monday = items.find((i) => i.from === day('2020-09-14'))!;
    assert.equal(monday.count, 6);
    assert.deepEqual(
      monday.sources.map((s) => [s.source, s.count]),
      [
        [0, 4],
        [1, 1],
        [2, 1],
      ],
    );
    assert.deepEqual(monday.texts, ['Monday', 'Sept. 14', 'September 14']);
    assert.equal(items.filter((i) => i.texts.includes('Monday')).length, 1, '"Monday" is drawn once');
  });

  for (const width of [400, 1200]) {
    describe(`at ${width} px`, () => {
      const layout = layoutTimeline(STORY, width);
      const svg = timelineSvg(STORY, layout);

      it('spans the story’s weeks and folds the 2015 dates onto a broken axis', () => {
        assert.equal(layout.segments.length, 2);
        const [old, main] = layout.segments;
        assert.ok(old.t1 < day('2016-01-01') && old.t0 > day('2015-03-01'), 'the outlier has a short segment of its own');
        assert.ok(main.t0 >= day('2020-07-15') && main.t1 <= day('2020-11-30'), 'the main segment spans the cluster of August–November 2020');
        assert.ok(main.x1 - main.x0 > 2 * (old.x1 - old.x0), 'the cluster gets most of the width');
        assert.equal(layout.breaks.length, 1);
        assert.ok(layout.breaks[0] > old.x1 && layout.breaks[0] < main.x0);
        assert.match(svg, /<g class="break"><title>The axis skips from/);
      });

      it('spreads the September days apart', () => {
        const x = (iso: string) => layout.marks.find((m) => m.item.from === day(iso))!.x0;
        assert.ok(x('2020-09-14') - x('2020-09-13') >= width / 200, 'one day apart is visibly apart');
      });

      it('draws no two labels over each other and nothing outside the view box', () => {
        const ticks = layout.ticks.filter((t) => t.box).map((t) => t.box!);
        assert.ok(ticks.length >= 3, `tick labels: ${ticks.length}`);
        const labels = [...ticks, ...layout.marks.map((m) => m.box)];
        for (const [i, a] of labels.entries()) {
          assert.ok(inside(a, layout), `label ${i} inside the view box`);
          for (const b of labels.slice(i + 1)) assert.ok(!overlap(a, b), `labels overlap: ${JSON.stringify(a)} ${JSON.stringify(b)}`);
        }
        for (const m of layout.marks) {
          for (const o of layout.marks) {
            if (o !== m && o.row === m.row)
              assert.ok(!overlap(m.box, { x: o.x0 - 5, y: m.box.y, width: o.x1 - o.x0 + 10, height: 1 }), 'no glyph under a label');
          }
        }
        const { xs, ys } = coordinates(svg);
        assert.ok(xs.length > 20 && xs.every((v) => v >= 0 && v <= width), 'x inside');
        assert.ok(
          ys.every((v) => v >= 0 && v <= layout.height),
          'y inside',
        );
        assert.match(svg, new RegExp(`viewBox="0 0 ${width} ${layout.height}"`));
      });

      it('can be used from the keyboard and read aloud', () => {
        const marks = svg.match(/<g class="mark"[^>]*>/g) ?? [];
        assert.equal(marks.length, mergeDates(STORY.dates).length);
        for (const m of marks) {
          assert.match(m, /tabindex="0" role="link"/);
          assert.match(m, /data-open="/);
          assert.match(m, /aria-label="[^"]+"/);
        }
        assert.match(
          svg,
          /aria-label="Monday, 14 September 2020: “Monday”, “Sept. 14”, “September 14” in Computer Business Review \(4 mentions\), ByteDance Times, The Daily Wire"/,
        );
      });
    });
  }

  it('labels ticks by day, month or year as the width allows, without cutting them', () => {
    const narrow = layoutTimeline(STORY, 400).ticks.filter((t) => t.label);
    const wide = layoutTimeline(STORY, 1200).ticks.filter((t) => t.label);
    assert.ok(wide.length > narrow.length, `${wide.length} ticks at 1200 px, ${narrow.length} at 400 px`);
    assert.ok(
      wide.some((t) => /^\d+ Sep/.test(t.label!)),
      wide.map((t) => t.label).join(', '),
    );
  });

  it('places a lone day and a decade-long story alike inside the width', () => {
    for (const dates of [
      [date(0, 'today', '2020-09-14')],
      [date(0, '1990', '1990-01-01', '1990-12-31'), date(1, 'in 2000', '2000-01-01', '2000-12-31'), date(1, '2010', '2010-06-01')],
    ]) {
      const layout = layoutTimeline({ ...STORY, dates }, 500);
      for (const m of layout.marks) assert.ok(inside(m.box, layout) && m.x0 >= 0 && m.x1 <= 500);
      assert.ok(layout.ticks.some((t) => t.label));
    }
  });

  it('is in the overview with its data for the page’s script and a table of the dates', () => {
    const o: StoryOverview = {
      story: 's',
      sources: STORY.sources.map((source, i) => ({ uri: `file:///s/${i}.article`, source, title: null, published: null, conflicts: 0 })),
      entities: [],
      dates: STORY.dates.map((d) => ({
        uri: d.loc.uri,
        text: d.text,
        value: d.value,
        type: 'DATE',
        range: zero,
        from: new Date(d.from).toISOString().slice(0, 10),
        to: new Date(d.to).toISOString().slice(0, 10),
        yearless: null,
      })),
      dateCount: STORY.dates.length,
      conflicts: [],
    };
    const html = renderOverview(o, { nonce: 'n', cspSource: 'vscode-resource:', timelineScript: 'https://file+.vscode-resource/dist/timeline.js' });
    assert.match(html, /<script type="application\/json" class="timeline-data">\{/);
    assert.match(html, /<script nonce="n" src="https:\/\/file\+\.vscode-resource\/dist\/timeline\.js"><\/script>/);
    assert.match(html, /<table id="timeline-table">/);
    assert.match(html, /<td>Monday, 14 September 2020<\/td><td>Monday · Sept\. 14 · September 14<\/td>/);
    assert.match(html, /<td>August 2020<\/td>/);
    assert.ok(DAY > 0);
  });
});
