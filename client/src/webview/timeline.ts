/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The story overview's script for its timelines (bundled as dist/timeline.js, loaded with the
 * page's nonce): draws each timeline again at its box's width, with text widths measured in the
 * page's font, whenever the panel is resized. The extension drew the first picture with the same
 * layout and estimated widths.
 */
import { layoutTimeline, type Measure, type TimelineData } from '../timelineLayout';
import { timelineSvg } from '../timelineSvg';

const context = document.createElement('canvas').getContext('2d');
const family = getComputedStyle(document.body).fontFamily;
const measure: Measure | undefined = context
  ? (text, size) => {
      context.font = `${size}px ${family}`;
      return context.measureText(text).width;
    }
  : undefined;

for (const box of document.querySelectorAll<HTMLElement>('.timeline-box')) {
  const data = JSON.parse(box.querySelector('script.timeline-data')?.textContent ?? 'null') as TimelineData | null;
  if (!data) continue;
  let drawn = 0;
  const draw = () => {
    const width = Math.floor(box.clientWidth);
    if (width < 120 || width === drawn) return;
    drawn = width;
    // Keep the keyboard focus on the same mark across a redraw.
    const focused = box.contains(document.activeElement) ? document.activeElement?.getAttribute('data-key') : null;
    box.querySelector('svg')?.remove();
    box.insertAdjacentHTML('beforeend', timelineSvg(data, layoutTimeline(data, width, measure)));
    if (focused) box.querySelector<SVGGElement>(`[data-key="${focused}"]`)?.focus();
  };
  let pending = false;
  new ResizeObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw();
    });
  }).observe(box);
  draw();
}
