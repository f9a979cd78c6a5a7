// What render conformance forgives: only what cannot matter to a reader or a stylesheet.
// - whitespace between tags, and runs of whitespace in text (a browser shows one space), outside <pre>;
// - the order of an element's attributes;
// - how a character is spelled (`&rsquo;`, `&#8217;` or `’`; `&quot;` or `"` in text);
// - the token spans inside highlighted code (`<span class="k">` ...): the code's text stays compared.
// Everything else (elements, attribute values, ids, classes, text) must be the same.

const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
};

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (all, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[name.toLowerCase()] ?? all;
  });
}

const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s) => escText(s).replace(/"/g, '&quot;');

const TOKEN = /<!--[\s\S]*?-->|<\/?[A-Za-z][^>]*>|[^<]+|</g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseTag(raw) {
  const closing = raw.startsWith('</');
  const name = /^<\/?([A-Za-z][\w:-]*)/.exec(raw)[1].toLowerCase();
  if (closing) return { closing, name, attrs: [] };
  const body = raw.slice(name.length + 1, raw.length - 1).replace(/\/\s*$/, '');
  const attrs = [];
  for (const m of body.matchAll(ATTR)) attrs.push([m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  attrs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { closing, name, attrs, selfClosing: /\/\s*>$/.test(raw) };
}

/** The canonical form of an HTML fragment. */
export function normalizeHtml(html) {
  const out = [];
  let pre = 0;
  // Depth of <pre> inside an element of class `highlight` at which token spans are dropped.
  const highlightStack = [];
  let inHighlightPre = 0;
  const stack = [];
  for (const m of html.matchAll(TOKEN)) {
    const raw = m[0];
    if (raw.startsWith('<!--')) {
      out.push(raw.replace(/^<!--\s*|\s*-->$/g, (m) => m.trim()));
      continue;
    }
    if (raw.startsWith('<') && raw.length > 1) {
      const tag = parseTag(raw);
      if (tag.closing) {
        if (tag.name === 'span' && inHighlightPre) continue;
        if (tag.name === 'pre') {
          pre = Math.max(0, pre - 1);
          if (inHighlightPre) inHighlightPre--;
        }
        const open = stack.lastIndexOf(tag.name);
        if (open >= 0) {
          if (highlightStack.length && highlightStack[highlightStack.length - 1] === open) highlightStack.pop();
          stack.length = open;
        }
        out.push(`</${tag.name}>`);
        continue;
      }
      if (tag.name === 'span' && inHighlightPre) continue;
      const cls = tag.attrs.find(([k]) => k === 'class')?.[1] ?? '';
      if (tag.name === 'pre') {
        pre++;
        if (highlightStack.length || /(^|\s)highlight(\s|$)/.test(cls)) inHighlightPre++;
      }
      const voidTag = /^(br|hr|img|input|meta|link|col|source|track|wbr|area|base|embed|param)$/.test(tag.name);
      if (!voidTag && !tag.selfClosing) {
        stack.push(tag.name);
        if (/(^|\s)highlight(\s|$)/.test(cls)) highlightStack.push(stack.length - 1);
      }
      out.push(`<${tag.name}${tag.attrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('')}>`);
      continue;
    }
    let text = escText(decodeEntities(raw));
    if (!pre) {
      text = text.replace(/[ \t\n\r\f]+/g, ' ');
      out.push({ text });
      continue;
    }
    out.push({ text, pre: true });
  }
  // Whitespace next to a block tag (the line breaks kramdown puts around blocks) outside <pre>.
  const isBlock = (piece) => typeof piece === 'string' && BLOCK.test(piece);
  for (let i = 0; i < out.length; i++) {
    const piece = out[i];
    if (typeof piece === 'string' || piece.pre) continue;
    if (i === 0 || isBlock(out[i - 1])) piece.text = piece.text.replace(/^ /, '');
    if (i + 1 === out.length || isBlock(out[i + 1])) piece.text = piece.text.replace(/ $/, '');
  }
  return out.map((p) => (typeof p === 'string' ? p : p.text)).join('').trim();
}

const BLOCK = /^<\/?(p|div|ul|ol|li|dl|dt|dd|h[1-6]|table|thead|tbody|tfoot|tr|td|th|blockquote|pre|hr|br|figure|figcaption|section|article|aside|nav|header|footer|details|summary|caption|colgroup|col|main|center)[\s>]/;

/** Where two normalized fragments first differ, with a little context. */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return { at: i, expected: a.slice(from, i + 80), actual: b.slice(from, i + 80) };
}
