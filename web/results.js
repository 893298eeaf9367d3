// The result list: one card per hit with its highlighted snippet (dir="auto":
// Arabic runs right to left), date, language, source, channel and author
// (isolated with <bdi>), kind, cluster and provenance; and the pager.
import { el, clear, bdi, highlighted, formatDate } from './dom.js';

export function provenanceText(p) {
  if (!p) return '';
  const where = [p.file, p.line ? `line ${p.line}` : '', p.position].filter(Boolean).join(', ');
  return p.format ? `${where} (${p.format})` : where;
}

// `open(id)`: show a document.
export function renderHits(root, report, open) {
  clear(root);
  if (!report.hits.length) {
    root.append(el('p', { class: 'empty' }, 'No documents match.'));
    return;
  }
  const list = el('ol', { class: 'hits', start: report.hits[0].rank });
  for (const hit of report.hits) {
    const title = el('button', { type: 'button', class: 'hit-open', 'data-id': hit.id },
      hit.title ? bdi(hit.title) : bdi(hit.id));
    title.addEventListener('click', () => open(hit.id));
    const meta = el('div', { class: 'hit-meta' },
      el('span', { class: 'date' }, formatDate(hit.date)),
      el('span', { class: 'lang', title: 'language' }, hit.lang || 'und'),
      el('span', { class: 'source' }, hit.source),
      hit.channel ? el('span', { class: 'channel' }, 'channel ', bdi(hit.channel)) : null,
      hit.author ? el('span', { class: 'author' }, 'by ', bdi(hit.author)) : null,
      el('span', { class: 'kind' }, hit.kind),
      hit.cluster_size > 1 ? el('span', { class: 'cluster' }, `${hit.cluster_size} near-copies`) : null);
    const snippet = el('p', { class: 'snippet', dir: 'auto' }, highlighted(hit.snippet, hit.highlights));
    const prov = el('div', { class: 'provenance' }, provenanceText(hit.provenance));
    list.append(el('li', { class: 'hit', 'data-id': hit.id }, title, meta, snippet, prov));
  }
  root.append(list);
}

// Pages of `size` over `total` matches; `go(page)`.
export function renderPages(root, page, size, total, go) {
  clear(root);
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return;
  const button = (label, target, current) => {
    const b = el('button', { type: 'button', 'aria-current': current ? 'page' : null, disabled: target < 1 || target > pages },
      label);
    b.addEventListener('click', () => go(target));
    return b;
  };
  root.append(button('‹ previous', page - 1, false));
  const first = Math.max(1, page - 3), last = Math.min(pages, page + 3);
  for (let p = first; p <= last; ++p) root.append(button(String(p), p, p === page));
  root.append(button('next ›', page + 1, false), el('span', { class: 'page-of' }, ` page ${page} of ${pages}`));
}
