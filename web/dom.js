// DOM building for the page. Document data (text, names, URLs) only ever
// goes into the page as text nodes or checked attributes: nothing here sets
// innerHTML, so a document cannot inject markup or script.

// el('a', {class: 'x', href: '...'}, child, 'text', ...). Attribute values
// are set with setAttribute; `href` must pass safeHref.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'href') node.setAttribute('href', safeHref(value));
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only http(s) links and this app's own paths: a document's
// "javascript:alert(1)" becomes a dead link.
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('/') && !text.startsWith('//')) return text;
  if (text.startsWith('?') || text.startsWith('#')) return text;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

// Bidi embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI
// RLI FSI PDI) are shown as visible marks instead of acting: an RLO in a
// document must not make "gnp.exe" read as "exe.png" on the page.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const BIDI_NAMES = { '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI' };

// Document text as nodes: text, with each bidi control as a visible mark.
export function docText(text) {
  const value = String(text ?? '');
  const out = [];
  let at = 0;
  for (const m of value.matchAll(BIDI_CONTROLS)) {
    if (m.index > at) out.push(document.createTextNode(value.slice(at, m.index)));
    const code = m[0].codePointAt(0).toString(16).toUpperCase();
    out.push(el('span', { class: 'bidi-control', title: `U+${code}, a bidi control in the document` },
      `⟨${BIDI_NAMES[m[0]]}⟩`));
    at = m.index + m[0].length;
  }
  if (at < value.length) out.push(document.createTextNode(value.slice(at)));
  return out;
}

// A name from a document (author, channel): isolated, so right-to-left
// names do not reorder the text around them.
export function bdi(text) {
  return el('bdi', {}, docText(text));
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

// `text` with the byte ranges [begin, end) of `spans` (UTF-8 offsets, as the
// API gives them) wrapped in <mark>.
export function highlighted(text, spans) {
  const bytes = new TextEncoder().encode(text ?? '');
  const decode = (b, e) => docText(new TextDecoder().decode(bytes.subarray(b, e)));
  const out = [];
  let at = 0;
  for (const [b, e] of [...(spans || [])].sort((x, y) => x[0] - y[0])) {
    if (b < at || e > bytes.length || e <= b) continue;
    if (b > at) out.push(decode(at, b));
    out.push(el('mark', {}, decode(b, e)));
    at = e;
  }
  if (at < bytes.length) out.push(decode(at, bytes.length));
  return out;
}

export function formatDate(iso) {
  if (!iso) return 'undated';
  return iso.replace('T', ' ').replace(/:\d\dZ$/, ' UTC').replace(/Z$/, ' UTC');
}

// plural(3, 'match') -> "3 matches"; words ending in s, x, ch or sh take -es.
export function plural(n, word) {
  const many = /(s|x|ch|sh)$/.test(word) ? word + 'es' : word.endsWith('y') ? word.slice(0, -1) + 'ies' : word + 's';
  return `${Number(n).toLocaleString('en')} ${n === 1 ? word : many}`;
}
