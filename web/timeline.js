// The timeline of the matches (the API's "timeline" buckets) as an SVG bar
// chart. Dragging across it (a brush) picks a date range: onRange(since,
// until) with inclusive "YYYY-MM-DD" days.
import { el, clear } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function addDays(day, n) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// The last day of bucket i (the day before the next period starts).
export function bucketEnd(buckets, i, unit) {
  const start = buckets[i].start;
  if (unit === 'day') return start;
  if (unit === 'week') return addDays(start, 6);
  const d = new Date(start + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

// `timeline`: {unit, undated, buckets:[{period,start,count}], left_out}.
// `units`: switch the unit (onUnit).
export function renderTimeline(root, timeline, { onRange, onUnit }) {
  clear(root);
  const unitPicker = el('span', { class: 'units' }, 'per ');
  for (const unit of ['day', 'week', 'month']) {
    const b = el('button', { type: 'button', 'aria-pressed': timeline && timeline.unit === unit ? 'true' : 'false',
      'data-unit': unit }, unit);
    b.addEventListener('click', () => onUnit(unit));
    unitPicker.append(b);
  }
  const buckets = timeline ? timeline.buckets : [];
  const notes = [];
  if (timeline && timeline.undated) notes.push(`${timeline.undated} undated`);
  if (timeline && timeline.left_out && timeline.left_out.matches)
    notes.push(`${timeline.left_out.matches} dated far from the others, not shown`);
  root.append(el('div', { class: 'timeline-head' }, el('strong', {}, 'Timeline'), unitPicker,
    el('span', { class: 'timeline-note' }, notes.join('; ')),
    buckets.length ? el('span', { class: 'timeline-hint' }, 'drag across the bars to filter dates') : null));
  if (!buckets.length) {
    root.append(el('p', { class: 'empty' }, 'No dated matches.'));
    return;
  }
  const width = 760, height = 120, pad = 22;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const step = (width - 2 * pad) / buckets.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 20}`, class: 'timeline-chart', role: 'img',
    'aria-label': `Matches per ${timeline.unit}` });
  buckets.forEach((b, i) => {
    const h = Math.max(b.count ? 2 : 0, (b.count / max) * (height - pad));
    const bar = svg('rect', { x: pad + i * step + 0.5, y: height - h, width: Math.max(1, step - 1), height: h,
      class: 'bar', 'data-period': b.period });
    const tip = svg('title');
    tip.textContent = `${b.period}: ${b.count}`;
    bar.append(tip);
    chart.append(bar);
  });
  const label = (text, x, anchor) => {
    const t = svg('text', { x, y: height + 15, 'text-anchor': anchor, class: 'axis' });
    t.textContent = text;
    return t;
  };
  chart.append(label(buckets[0].period, pad, 'start'), label(buckets[buckets.length - 1].period, width - pad, 'end'));
  const maxLabel = svg('text', { x: 2, y: 12, class: 'axis' });
  maxLabel.textContent = String(max);
  chart.append(maxLabel);
  const brush = svg('rect', { x: 0, y: 0, width: 0, height, class: 'brush' });
  const area = svg('rect', { x: pad, y: 0, width: width - 2 * pad, height, class: 'brush-area' });
  chart.append(brush, area);
  root.append(chart);

  // Pointer x -> bucket index, measured on the drawn area (the chart may
  // be letterboxed inside its box).
  const indexAt = (event) => {
    const box = area.getBoundingClientRect();
    const fraction = (event.clientX - box.left) / box.width;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(fraction * buckets.length)));
  };
  let from = null;
  const show = (a, b) => {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    brush.setAttribute('x', pad + lo * step);
    brush.setAttribute('width', (hi - lo + 1) * step);
  };
  area.addEventListener('pointerdown', (e) => {
    from = indexAt(e);
    area.setPointerCapture(e.pointerId);
    show(from, from);
  });
  area.addEventListener('pointermove', (e) => { if (from !== null) show(from, indexAt(e)); });
  area.addEventListener('pointerup', (e) => {
    if (from === null) return;
    const to = indexAt(e);
    const lo = Math.min(from, to), hi = Math.max(from, to);
    from = null;
    onRange(buckets[lo].start, bucketEnd(buckets, hi, timeline.unit));
  });
}
