/**
 * The timeline's stacked bar chart (events per period by quad class) with a brush: drag across
 * it, or click one bar, to choose a date range.
 */
import { axisTicks, bucketEndDay, dayNumber, isoFromDay, shortDate } from './dates.ts';
import { h, s } from './dom.ts';
import { QUAD_COLOR, QUAD_LABEL, QUADS } from './quad.ts';
import type { Interval, QuadCounts } from './types.ts';

/** A chosen inclusive date range. */
export interface DateRange {
  since: string;
  until: string;
}

/** Options for {@link stackedChart}. */
export interface StackedChartOptions {
  buckets: QuadCounts[];
  interval: Interval;
  /** Inclusive first and last day the x axis covers. */
  domain: DateRange;
  /** The current range, drawn as the brush. */
  selection: { since: string; until: string } | null;
  /** Called with the brushed range (snapped to whole buckets), or null to clear it. */
  onSelect: (range: DateRange | null) => void;
  /** Accessible description of the chart. */
  label: string;
}

const HEIGHT = 230;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 40 };
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/**
 * A round axis maximum and step for counts up to `max`.
 *
 * @example
 * niceScale(37); // { max: 40, step: 10 }
 */
export function niceScale(max: number): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].map((m) => m * magnitude).find((c) => c >= rough) ?? 10 * magnitude);
  const rounded = Math.max(1, step);
  return { max: Math.ceil(max / rounded) * rounded, step: rounded };
}

function bucketTitle(b: QuadCounts, interval: Interval): string {
  const when = interval === 'day' ? shortDate(b.period) : interval === 'week' ? `week of ${shortDate(b.period)}` : shortDate(b.period, true);
  const parts = QUADS.filter((q) => b[q] > 0).map((q) => `${QUAD_LABEL[q].toLowerCase()} ${b[q]}`);
  return `${when}: ${b.total} event${b.total === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function tickLabel(iso: string, monthly: boolean): string {
  return monthly ? shortDate(iso, true) : shortDate(iso).replace(/ \d{4}$/, '');
}

/** Draws the chart `width` pixels wide (text stays at its CSS size whatever the screen). */
function drawChart(width: number, options: StackedChartOptions): SVGSVGElement {
  const { buckets, interval } = options;
  const plotW = width - MARGIN.left - MARGIN.right;
  const fromDay = dayNumber(options.domain.since);
  const toDay = dayNumber(options.domain.until) + 1;
  const x = (day: number): number => MARGIN.left + ((day - fromDay) / Math.max(1, toDay - fromDay)) * plotW;
  const dayAt = (px: number): number => fromDay + Math.floor(((Math.min(Math.max(px, MARGIN.left), width - MARGIN.right - 0.01) - MARGIN.left) / plotW) * (toDay - fromDay));
  const { max, step } = niceScale(Math.max(0, ...buckets.map((b) => b.total)));
  const y = (count: number): number => MARGIN.top + PLOT_H - (count / max) * PLOT_H;

  const svg = s('svg', { class: 'chart', attrs: { viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: 'img', 'aria-label': options.label } });
  svg.append(s('rect', { class: 'plot-bg', attrs: { x: MARGIN.left, y: MARGIN.top, width: plotW, height: PLOT_H } }));
  for (let v = 0; v <= max; v += step) {
    svg.append(
      s('line', { class: 'grid', attrs: { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(v), y2: y(v) } }),
      s('text', { class: 'axis-label', attrs: { x: MARGIN.left - 6, y: y(v) + 4, 'text-anchor': 'end' } }, String(v)),
    );
  }
  for (const tick of axisTicks(fromDay, toDay, Math.max(2, Math.floor(plotW / 90)))) {
    const tx = x(dayNumber(tick.iso));
    svg.append(
      s('line', { class: 'tick', attrs: { x1: tx, x2: tx, y1: MARGIN.top + PLOT_H, y2: MARGIN.top + PLOT_H + 5 } }),
      s('text', { class: 'axis-label', attrs: { x: tx, y: HEIGHT - 8, 'text-anchor': 'middle' } }, tickLabel(tick.iso, tick.monthly)),
    );
  }
  const bars = s('g', { class: 'bars' });
  for (const b of buckets) {
    const start = dayNumber(b.period);
    const end = bucketEndDay(b.period, interval);
    const bx = x(Math.max(start, fromDay));
    const barWidth = Math.max(1, x(Math.min(end, toDay)) - bx - (x(end) - x(start) > 4 ? 1 : 0));
    const group = s('g', { class: 'bar', attrs: { 'data-period': b.period, 'data-total': b.total } }, s('title', null, bucketTitle(b, interval)));
    let base = 0;
    for (const quad of QUADS) {
      if (b[quad] <= 0) continue;
      group.append(s('rect', { attrs: { x: bx, width: barWidth, y: y(base + b[quad]), height: y(base) - y(base + b[quad]), fill: QUAD_COLOR[quad], 'data-quad': quad } }));
      base += b[quad];
    }
    bars.append(group);
  }
  svg.append(bars, s('line', { class: 'axis', attrs: { x1: MARGIN.left, x2: width - MARGIN.right, y1: MARGIN.top + PLOT_H, y2: MARGIN.top + PLOT_H } }));

  const brush = s('rect', { class: 'brush', attrs: { y: MARGIN.top, height: PLOT_H, x: 0, width: 0, visibility: 'hidden' } });
  const showBrush = (fromPx: number, toPx: number): void => {
    const left = Math.max(MARGIN.left, Math.min(fromPx, toPx));
    const right = Math.min(width - MARGIN.right, Math.max(fromPx, toPx));
    brush.setAttribute('x', String(left));
    brush.setAttribute('width', String(Math.max(1, right - left)));
    brush.setAttribute('visibility', 'visible');
  };
  if (options.selection) {
    const left = x(Math.max(fromDay, options.selection.since ? dayNumber(options.selection.since) : fromDay));
    const right = x(Math.min(toDay, options.selection.until ? dayNumber(options.selection.until) + 1 : toDay));
    if (right > left) showBrush(left, right);
  }
  svg.append(brush);
  attachBrush(svg, width, { dayAt, showBrush, snap: (day) => snapToBucket(buckets, interval, day), onSelect: options.onSelect, hide: () => brush.setAttribute('visibility', 'hidden') });
  return svg;
}

/**
 * The chart as a figure with its legend. The SVG is drawn at the figure's real width, and redrawn
 * when that changes, so labels stay legible from phone to desktop; brushing works by pointer.
 *
 * @example
 * section.append(stackedChart({ buckets, interval: 'day', domain, selection: null, onSelect, label: 'Events per day' }));
 */
export function stackedChart(options: StackedChartOptions): HTMLElement {
  const box = h('div', { class: 'chart-box' });
  let drawnWidth = 0;
  const redraw = (): void => {
    const width = Math.floor(box.clientWidth);
    if (width <= 0 || width === drawnWidth) return;
    drawnWidth = width;
    box.replaceChildren(drawChart(Math.max(width, 280), options));
  };
  new ResizeObserver(redraw).observe(box);
  return h('figure', { class: 'chart-figure' }, box, legend());
}

/** The bucket holding a day, as an inclusive range; a day in no bucket is a one-day range. */
function snapToBucket(buckets: QuadCounts[], interval: Interval, day: number): DateRange {
  for (const b of buckets) {
    const start = dayNumber(b.period);
    const end = bucketEndDay(b.period, interval);
    if (day >= start && day < end) return { since: b.period, until: isoFromDay(end - 1) };
  }
  return { since: isoFromDay(day), until: isoFromDay(day) };
}

interface BrushParts {
  dayAt: (px: number) => number;
  showBrush: (fromPx: number, toPx: number) => void;
  snap: (day: number) => DateRange;
  onSelect: (range: DateRange | null) => void;
  hide: () => void;
}

function attachBrush(svg: SVGSVGElement, width: number, parts: BrushParts): void {
  let anchor: number | null = null;
  const toPx = (event: PointerEvent): number => {
    const rect = svg.getBoundingClientRect();
    return ((event.clientX - rect.left) / Math.max(1, rect.width)) * width;
  };
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    anchor = toPx(event);
    svg.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  svg.addEventListener('pointermove', (event) => {
    if (anchor !== null) parts.showBrush(anchor, toPx(event));
  });
  svg.addEventListener('pointerup', (event) => {
    if (anchor === null) return;
    const end = toPx(event);
    const start = anchor;
    anchor = null;
    if (Math.abs(end - start) < 4) {
      parts.onSelect(parts.snap(parts.dayAt(end)));
      return;
    }
    const first = parts.snap(parts.dayAt(Math.min(start, end)));
    const last = parts.snap(parts.dayAt(Math.max(start, end)));
    parts.onSelect({ since: first.since, until: last.until });
  });
  svg.addEventListener('pointercancel', () => {
    anchor = null;
    parts.hide();
  });
}

/**
 * The quad-class colour key shared by every chart.
 *
 * @example
 * figure.append(legend());
 */
export function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', attrs: { 'aria-label': 'Colour key' } },
    ...QUADS.map((quad) => h('li', null, h('span', { class: ['swatch', `quad-${quad}`], attrs: { 'aria-hidden': 'true' } }), QUAD_LABEL[quad])),
  );
}
