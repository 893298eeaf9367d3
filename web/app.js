// The search page: reads the search from the URL (so it can be bookmarked
// and shared), runs it through the JSON API and draws the results, filters,
// timeline, views and document panel. Every change goes back into the URL.
import { api, apiUrl, ApiError } from './api.js';
import { el, clear, plural } from './dom.js';
import { renderFilters, renderActive, FACETS } from './filters.js';
import { renderHits, renderPages } from './results.js';
import { renderTimeline } from './timeline.js';
import { renderDocument } from './document.js';
import { renderView } from './views.js';
import { renderHelp } from './help.js';

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);

function readState() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get('q') || '', lang: p.get('lang') || '', filter: p.getAll('filter'), exclude: p.getAll('exclude'),
    since: p.get('since') || '', until: p.get('until') || '', sort: p.get('sort') || 'relevance',
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1), view: p.get('view') || 'results',
    unit: p.get('unit') || 'month', doc: p.get('doc') || '',
  };
}

function stateUrl(s) {
  const p = new URLSearchParams();
  const set = (k, v) => { if (v) p.set(k, v); };
  set('q', s.q); set('lang', s.lang);
  s.filter.forEach((f) => p.append('filter', f));
  s.exclude.forEach((f) => p.append('exclude', f));
  set('since', s.since); set('until', s.until);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.view !== 'results') p.set('view', s.view);
  if (s.unit !== 'month') p.set('unit', s.unit);
  set('doc', s.doc);
  const query = p.toString();
  return location.pathname + (query ? '?' + query : '');
}

// What every API call of this search shares.
function runParams(s) {
  return { q: s.q, lang: s.lang, filter: s.filter, exclude: s.exclude, since: s.since, until: s.until, sort: s.sort };
}

let state = readState();
let generation = 0;  // a newer render makes an older one's answers stale

function go(change, { keepPage = false } = {}) {
  state = { ...state, ...change };
  if (!keepPage && !('page' in change)) state.page = 1;
  history.pushState(null, '', stateUrl(state));
  render();
}

function showError(error) {
  const box = $('error');
  clear(box);
  if (!error) { box.hidden = true; return; }
  box.hidden = false;
  box.append(el('strong', {}, 'Error: '), error.message);
  if (error instanceof ApiError && error.offset !== undefined && error.offset !== null) {
    // The query with a caret under the byte where parsing failed.
    const bytes = new TextEncoder().encode(state.q);
    const before = new TextDecoder().decode(bytes.subarray(0, error.offset));
    box.append(el('pre', { class: 'caret', dir: 'ltr' }, state.q + '\n' + ' '.repeat([...before].length) + '^'));
    const input = $('q');
    input.focus();
    input.setSelectionRange(before.length, before.length);
  }
}

const actions = {
  open: (id) => go({ doc: id }, { keepPage: true }),
  close: () => go({ doc: '' }, { keepPage: true }),
  add: (field, value) => {
    const f = `${field}:${value}`;
    if (!state.filter.includes(f)) go({ filter: [...state.filter, f] });
  },
  exclude: (field, value) => {
    const f = `${field}:${value}`;
    if (!state.exclude.includes(f)) go({ exclude: [...state.exclude, f] });
  },
  month: (m) => go({ since: m, until: m }),
};

function exportLinks() {
  const run = runParams(state);
  $('export-csv').setAttribute('href', apiUrl('export', { ...run, format: 'csv' }));
  $('export-jsonl').setAttribute('href', apiUrl('export', { ...run, format: 'jsonl' }));
  $('export-manifest').setAttribute('href', apiUrl('export', { ...run, format: 'manifest' }));
  $('export-network').setAttribute('href', apiUrl('network', { ...run, kind: 'co-link', format: 'graphml' }));
}

async function render() {
  const mine = ++generation;
  $('q').value = state.q;
  $('sort').value = state.sort;
  document.title = state.q ? `${state.q} — lisan` : 'lisan';
  for (const b of $('tabs').querySelectorAll('button'))
    b.setAttribute('aria-selected', b.dataset.view === state.view ? 'true' : 'false');
  renderActive($('active-filters'), state, (kind, index) => {
    if (kind === 'date') go({ since: '', until: '' });
    else go({ [kind]: state[kind].filter((_, i) => i !== index) });
  });
  exportLinks();
  const run = runParams(state);
  document.body.dataset.state = 'loading';
  try {
    const report = await api('search', {
      ...run, page: state.page, size: PAGE_SIZE, facets: FACETS.map(([n]) => n).join(','), facet_limit: 10,
      timeline: state.unit,
    });
    if (mine !== generation) return;
    showError(null);
    $('count').textContent = `${plural(report.total.estimated, 'match')} of ${plural(report.manifest.documents, 'document')}`;
    renderFilters($('filters'), report.facets, actions);
    renderTimeline($('timeline'), report.timeline, {
      onRange: (since, until) => go({ since, until }),
      onUnit: (unit) => go({ unit }, { keepPage: true }),
    });
    if (state.view === 'results') {
      renderHits($('view'), report, actions.open);
      renderPages($('pages'), state.page, PAGE_SIZE, report.total.estimated, (page) => go({ page }));
    } else {
      clear($('pages'));
      await renderView($('view'), state.view, { ...run, page: state.page }, { open: actions.open, addFilter: actions.add });
    }
  } catch (error) {
    if (mine !== generation) return;
    showError(error);
    clear($('view'));
    clear($('pages'));
    $('count').textContent = '';
  }
  if (state.doc) await renderDocument($('document'), state.doc, run, actions);
  else { $('document').hidden = true; clear($('document')); }
  if (mine === generation) document.body.dataset.state = 'ready';
}

function start() {
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: $('q').value, doc: '' });
  });
  $('sort').addEventListener('change', () => go({ sort: $('sort').value }));
  $('help-button').addEventListener('click', () => {
    const help = $('help');
    if (help.hidden) renderHelp(help);
    help.hidden = !help.hidden;
    $('help-button').setAttribute('aria-expanded', String(!help.hidden));
  });
  for (const b of $('tabs').querySelectorAll('button'))
    b.addEventListener('click', () => go({ view: b.dataset.view }));
  window.addEventListener('popstate', () => { state = readState(); render(); });
  render();
}

start();
