// The filter lists: counts over all matches per facet (the API's "facets"),
// each value a link that adds it as a filter, with a "−" that excludes it;
// the filters in use as removable chips. The filters live in the URL.
import { el, clear, bdi } from './dom.js';

// Facet names of the API, shown in this order with these titles.
export const FACETS = [
  ['lang', 'Language'], ['source', 'Source'], ['channel', 'Channel'], ['author', 'Author'],
  ['hashtag', 'Hashtag'], ['mention', 'Mention'], ['domain', 'Domain'], ['kind', 'Kind'], ['month', 'Month'],
];

// "202109" or "2021-09" -> "2021-09".
export function monthOf(value) {
  const m = /^(\d{4})-?(\d{2})$/.exec(value);
  return m ? `${m[1]}-${m[2]}` : value;
}

// `actions`: {add(field, value), exclude(field, value), month(yyyy_mm)}.
export function renderFilters(root, facets, actions) {
  clear(root);
  for (const [name, title] of FACETS) {
    const facet = facets && facets[name];
    if (!facet || facet.values.length === 0) continue;
    const list = el('ul', { class: 'facet-values' });
    for (const { value, count } of facet.values) {
      const shown = name === 'month' ? monthOf(value) : value;
      const add = el('button', { type: 'button', class: 'facet-add', 'data-facet': name, 'data-value': value,
        title: `Only ${title.toLowerCase()} ${shown}` }, bdi(shown || '(none)'));
      add.addEventListener('click', () => (name === 'month' ? actions.month(monthOf(value)) : actions.add(name, value)));
      const item = el('li', {}, add, el('span', { class: 'facet-count' }, count.toLocaleString('en')));
      if (name !== 'month') {
        const exclude = el('button', { type: 'button', class: 'facet-exclude', title: `Leave out ${shown}`,
          'aria-label': `Exclude ${shown}` }, '−');
        exclude.addEventListener('click', () => actions.exclude(name, value));
        item.append(exclude);
      }
      list.append(item);
    }
    const more = facet.distinct > facet.values.length ? el('p', { class: 'facet-more' },
      `${facet.distinct - facet.values.length} more values`) : null;
    root.append(el('section', { class: 'facet', 'data-facet': name }, el('h3', {}, title), list, more));
  }
}

// `state` filters as chips; `remove(kind, index)` drops one.
export function renderActive(root, state, remove) {
  clear(root);
  const chip = (label, kind, index) => {
    const b = el('button', { type: 'button', class: `chip chip-${kind}`, title: 'Remove this filter' },
      bdi(label), ' ×');
    b.addEventListener('click', () => remove(kind, index));
    return b;
  };
  state.filter.forEach((f, i) => root.append(chip(f, 'filter', i)));
  state.exclude.forEach((f, i) => root.append(chip('NOT ' + f, 'exclude', i)));
  if (state.since || state.until) root.append(chip(`date ${state.since || '…'} .. ${state.until || '…'}`, 'date', 0));
}
