// The campaign views of the current search (collapse near-duplicates, the
// storm view, top hashtags and co-hashtags, a KWIC concordance) and batch
// search (paste queries -> counts and a download). Each reads the same API
// parameters as the result list.
import { api, apiUrl } from './api.js';
import { el, clear, bdi, docText, formatDate, plural } from './dom.js';

function idButton(id, open, label) {
  const b = el('button', { type: 'button', class: 'link', 'data-id': id }, bdi(label || id));
  b.addEventListener('click', () => open(id));
  return b;
}

export async function renderView(root, name, run, { open, addFilter }) {
  clear(root).append(el('p', { class: 'loading' }, 'loading…'));
  const table = (head, rows) => el('table', { class: 'view-table' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c))))));
  let content;
  if (name === 'collapse') {
    const v = await api('collapse', { ...run, size: 50 });
    content = [el('p', {}, `${plural(v.matches, 'match')} in ${plural(v.clusters, 'group')} (near-copies collapsed)`),
      table(['first copy', 'date', 'channel', 'copies matching / in cluster', 'first .. last', 'text'],
        v.hits.map((h) => [idButton(h.id, open), formatDate(h.date), bdi(h.channel), `${h.matching_copies} / ${h.cluster_size}`,
          `${formatDate(h.first_date)} .. ${formatDate(h.last_date)}`, el('span', { dir: 'auto' }, docText(h.text))]))];
  } else if (name === 'storm') {
    const v = await api('storm', { ...run, size: 50 });
    content = [el('p', {}, `Most repeated messages among ${plural(v.matches, 'match')} (${plural(v.clusters, 'cluster')})`),
      table(['copies', 'first seen', 'peak day', 'channels', 'authors', 'first copy', 'text'],
        v.groups.map((g) => [String(g.count), formatDate(g.first_seen), g.peak_day ? `${g.peak_day} (${g.peak_day_count})` : '-',
          String(g.channels), String(g.authors), idButton(g.first_id, open), el('span', { dir: 'auto' }, docText(g.text))]))];
  } else if (name === 'hashtags') {
    const v = await api('top', { ...run, field: 'hashtag', size: 50 });
    content = [el('p', {}, `${plural(v.distinct, 'hashtag')} in ${plural(v.matches, 'match')}; ${v.without} without any`),
      table(['hashtag', 'matches'], v.values.map((r) => {
        const b = el('button', { type: 'button', class: 'link' }, bdi('#' + r.value));
        b.addEventListener('click', () => addFilter('hashtag', r.value));
        return [b, String(r.count)];
      }))];
  } else if (name === 'cohashtags') {
    const v = await api('cooccur', { ...run, field: 'hashtag', size: 50 });
    content = [el('p', {}, `Hashtags used together (${plural(v.distinct_pairs, 'pair')})`),
      table(['hashtag', 'with', 'together', 'each alone'], v.pairs.map((p) =>
        [bdi('#' + p.a), bdi('#' + p.b), String(p.count), `${p.a_count} / ${p.b_count}`]))];
  } else if (name === 'kwic') {
    const v = await api('search', { ...run, kwic: 1 });
    content = [el('p', {}, `Concordance of the matched words in ${plural(v.hits.length, 'hit')} of this page`),
      el('table', { class: 'kwic' }, el('tbody', {}, (v.kwic || []).map((k) => el('tr', {},
        el('td', { class: 'kwic-id' }, idButton(k.id, open)),
        el('td', { class: 'kwic-left', dir: 'auto' }, docText(k.left)),
        el('td', { class: 'kwic-match', dir: 'auto' }, el('mark', {}, docText(k.match))),
        el('td', { class: 'kwic-right', dir: 'auto' }, docText(k.right))))))];
  } else if (name === 'batch') {
    content = batchForm(run);
  }
  clear(root).append(...content);
}

// Batch search: one query per line (or NAME<TAB>query) -> counts, and the
// same as a CSV download.
function batchForm(run) {
  const input = el('textarea', { id: 'batch-queries', rows: 8, dir: 'auto',
    placeholder: 'One query per line, or NAME<TAB>query' });
  const out = el('div', { class: 'batch-out' });
  // Or a queries file (as lisan-query --queries reads), read in the page.
  const file = el('input', { type: 'file', id: 'batch-file', accept: '.txt,.tsv,text/plain', 'aria-label': 'Queries file' });
  file.addEventListener('change', async () => { if (file.files[0]) input.value = await file.files[0].text(); });
  const submit = el('button', { type: 'button', id: 'batch-run' }, 'Count');
  const download = el('button', { type: 'button', id: 'batch-csv' }, 'Download CSV');
  const options = { lang: run.lang, since: run.since, until: run.until, size: 5 };
  const post = async (format) => {
    const response = await fetch(apiUrl('batch', { ...options, format }), {
      method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: input.value });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error((body.error && body.error.message) || `error ${response.status}`);
    }
    return response;
  };
  submit.addEventListener('click', async () => {
    clear(out).append('counting…');
    try {
      const v = await (await post('json')).json();
      clear(out).append(el('table', { class: 'view-table' },
        el('thead', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'query'), el('th', {}, 'matches'))),
        el('tbody', {}, v.queries.map((q) => el('tr', {}, el('td', {}, bdi(q.name)), el('td', { dir: 'auto' }, docText(q.query)),
          el('td', {}, String(q.matches)))))));
    } catch (e) {
      clear(out).append(el('p', { class: 'error-inline' }, e.message));
    }
  });
  download.addEventListener('click', async () => {
    try {
      const blob = await (await post('csv')).blob();
      const a = el('a', { download: 'lisan-batch.csv' });
      a.href = URL.createObjectURL(blob);
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (e) {
      clear(out).append(el('p', { class: 'error-inline' }, e.message));
    }
  });
  return [el('p', {}, 'Paste a list of queries, or open a queries file (the page\u2019s language and dates apply to each): ', file), input,
    el('div', {}, submit, ' ', download), out];
}
