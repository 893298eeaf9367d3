// The document view: the full text as written (dir="auto"), every stored
// field, where it came from, the words that matched the query, and links to
// its near-duplicate cluster, its spread, similar documents and its
// reply/forward chain (each loaded into the panel on demand).
import { api, idPath } from './api.js';
import { el, clear, bdi, docText, highlighted, formatDate, plural } from './dom.js';
import { provenanceText } from './results.js';

function fieldValue(name, value) {
  if (value === null || value === undefined) return '';
  if ((name === 'url') && typeof value === 'string')
    return el('a', { href: value, rel: 'noopener noreferrer', target: '_blank' }, bdi(value));
  if (name === 'urls' && Array.isArray(value))
    return value.map((u) => el('div', {}, el('a', { href: u, rel: 'noopener noreferrer', target: '_blank' }, bdi(u))));
  if (Array.isArray(value)) return value.map((v) => el('span', { class: 'tag' }, bdi(typeof v === 'string' ? v : JSON.stringify(v))));
  if (typeof value === 'object') return el('code', { dir: 'auto' }, JSON.stringify(value));
  return bdi(String(value));
}

function memberList(members, open) {
  const list = el('ol', { class: 'members' });
  for (const m of members) {
    const link = el('button', { type: 'button', class: 'link', 'data-id': m.id }, bdi(m.id));
    link.addEventListener('click', () => open(m.id));
    const differs = (m.differs || []).map((d) => d['+'] !== undefined
      ? el('ins', { dir: 'auto' }, docText(d['+'])) : el('del', { dir: 'auto' }, docText(d['-'])));
    list.append(el('li', {}, link, ' ', formatDate(m.date), ' ', m.channel ? bdi(m.channel) : '', ' ',
      m.author ? bdi(m.author) : '', m.text ? el('p', { dir: 'auto' }, docText(m.text)) : null,
      differs.length ? el('p', { class: 'differs' }, 'differs: ', differs) : null));
  }
  return list;
}

async function loadInto(box, title, load) {
  clear(box).append(el('h4', {}, title), el('p', { class: 'loading' }, 'loading…'));
  try {
    const content = await load();
    clear(box).append(el('h4', {}, title), content);
  } catch (e) {
    clear(box).append(el('h4', {}, title), el('p', { class: 'error-inline' }, e.message));
  }
}

// `run`: the current search's API parameters (q, filters) for "what matched".
export async function renderDocument(root, id, run, { open, close }) {
  root.hidden = false;
  clear(root).append(el('p', { class: 'loading' }, 'loading…'));
  let doc;
  try {
    doc = await api(idPath('doc', id));
  } catch (e) {
    clear(root).append(el('button', { type: 'button', class: 'close', onclick: close }, 'close ×'),
      el('p', { class: 'error-inline' }, e.message));
    return;
  }
  // The same query kept to this one document: its highlights and matched forms.
  let match = null;
  if (run.q) {
    try {
      const found = await api('search', { q: run.q, lang: run.lang, filter: `id:${id}`, explain: 1, snippet: 20000, size: 1 });
      match = found.hits[0] || null;
    } catch (e) { /* the document is shown without highlights */ }
  }
  const closeButton = el('button', { type: 'button', class: 'close', onclick: close }, 'close ×');
  const text = match && match.snippet === doc.text
    ? el('div', { class: 'doc-text', dir: 'auto' }, highlighted(doc.text, match.highlights))
    : el('div', { class: 'doc-text', dir: 'auto' }, docText(doc.text));
  const matched = match && match.matched_forms && match.matched_forms.length
    ? el('p', { class: 'matched' }, 'Words that matched: ',
      match.matched_forms.map((form) => el('span', { class: 'tag' }, bdi(form))))
    : (match ? el('p', { class: 'matched' }, 'Matched the query (no word forms: a filter-only query).') : null);
  const table = el('table', { class: 'fields' });
  for (const [name, value] of Object.entries(doc)) {
    if (name === 'text' || name === 'provenance') continue;
    table.append(el('tr', {}, el('th', {}, name), el('td', {}, fieldValue(name, value))));
  }
  const related = el('div', { class: 'related' });
  const actions = el('div', { class: 'doc-actions' });
  const action = (label, name, load) => {
    const b = el('button', { type: 'button', 'data-action': name }, label);
    b.addEventListener('click', () => loadInto(related, label, load));
    actions.append(b);
  };
  action('Near-duplicate cluster', 'cluster', async () => {
    const v = await api(idPath('cluster', id));
    return el('div', {}, el('p', {}, `${plural(v.summary.size, 'copy')}, ${formatDate(v.summary.first_date)} .. ${formatDate(v.summary.last_date)}, peak ${v.summary.peak_day || '-'}`),
      memberList(v.members, open));
  });
  action('Spread', 'spread', async () => {
    const v = await api(idPath('spread', id));
    const rows = (items, key) => el('ul', {}, items.map((c) => {
      const b = el('button', { type: 'button', class: 'link' }, bdi(c.id));
      b.addEventListener('click', () => open(c.id));
      return el('li', {}, bdi(c[key] || '(none)'), ': first ', b, ' ', formatDate(c.date));
    }));
    return el('div', {},
      el('p', {}, `${plural(v.summary.size, 'copy')}; first: `, v.first ? bdi(v.first.id) : '-', v.first ? ` ${formatDate(v.first.date)}` : ''),
      el('h5', {}, 'Each channel\u2019s first copy'), rows(v.channels, 'channel'),
      el('h5', {}, 'Each author\u2019s first copy'), rows(v.authors, 'author'),
      el('h5', {}, 'Forwards'), el('ul', {}, v.forwards.map((f) => el('li', {}, bdi(f.from), ' → ', bdi(f.to), ' ', formatDate(f.date)))),
      el('h5', {}, 'Copies per day'), el('ul', {}, v.per_day.map((d) => el('li', {}, `${d.day}: ${d.count}`))));
  });
  action('Similar documents', 'similar', async () => {
    const v = await api(idPath('similar', id), { size: 10 });
    const list = el('ol', {});
    for (const h of v.hits) {
      const b = el('button', { type: 'button', class: 'link' }, h.title ? bdi(h.title) : bdi(h.id));
      b.addEventListener('click', () => open(h.id));
      list.append(el('li', {}, b, ' ', formatDate(h.date), el('p', { dir: 'auto' }, highlighted(h.snippet, h.highlights))));
    }
    return v.hits.length ? list : el('p', {}, 'No similar documents.');
  });
  action('Reply/forward chain', 'chain', async () => {
    const v = await api(idPath('chain', id));
    const list = el('ol', {});
    for (const d of v.chain) {
      const b = el('button', { type: 'button', class: 'link' }, bdi(d.id));
      b.addEventListener('click', () => open(d.id));
      list.append(el('li', {}, b, ' ', formatDate(d.date), ' ', d.author ? bdi(d.author) : '',
        d.chain_link ? ` (${d.chain_link.replace('_', ' ')} ↓)` : '', el('p', { dir: 'auto' }, docText(d.text))));
    }
    return el('div', {}, list, v.missing ? el('p', {}, 'Continues with ', bdi(v.missing), ', which is not in the index.') : null);
  });
  clear(root).append(closeButton,
    el('h2', { dir: 'auto' }, doc.title ? bdi(doc.title) : bdi(doc.id)),
    el('p', { class: 'doc-meta' }, formatDate(doc.date), ' · ', doc.lang || 'und', ' · ', doc.source || '',
      doc.channel ? [' · channel ', bdi(doc.channel)] : '', doc.author ? [' · by ', bdi(doc.author)] : ''),
    el('p', { class: 'provenance' }, 'From: ', provenanceText(doc.provenance)),
    matched, text, actions, related, el('h3', {}, 'All fields'), table);
}
