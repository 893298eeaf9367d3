// The query syntax, one click away (docs/query-language.md in full).
import { el, clear } from './dom.js';

const ROWS = [
  ['storm friday', 'both words (AND is the default)'],
  ['brieven OR letters', 'either word'],
  ['dageraad -muur, NOT muur', 'leave out documents with a word'],
  ['"No wall is higher than the dawn"', 'a phrase, words in this order'],
  ['=Kürt, ="exact phrase"', 'exact spelling: no stemming, no accent folding'],
  ['Marsh NEAR/3 quote, Tal ADJ/1 Sefra', 'within n words (ADJ: in this order)'],
  ['captiv*', 'trailing wildcard'],
  ['(storm OR fırtına OR عاصفة) friday', 'grouping'],
  ['#FreeTheCaptives, @DawnReliefNet', 'a hashtag, a mention'],
  ['lang:ar source:telegram kind:forward', 'language, source, kind'],
  ['author:"Dawn Relief Network" channel:dawnrelief', 'author, channel'],
  ['domain:give-dawn.example url:https://…', 'link host, one URL'],
  ['date:2021-10..2021-12, date:2021-09-24, date:..2021-10', 'dates (UTC, inclusive)'],
  ['title:fact-check text:dageraad', 'words of the title, of the body'],
];

export function renderHelp(root) {
  clear(root).append(
    el('h2', {}, 'Query syntax'),
    el('table', { class: 'help-table' }, el('tbody', {}, ROWS.map(([example, meaning]) =>
      el('tr', {}, el('td', {}, el('code', { dir: 'auto' }, example)), el('td', {}, meaning))))),
    el('p', {}, 'Arabic, Dutch, English and Turkish words find their other spellings and forms (diacritics, ',
      'hamza seats, plurals). Click a value in the filters to keep to it, or − to leave it out; drag across the ',
      'timeline to pick dates. The address bar holds the whole search: bookmark it or send it to a colleague.'));
}
