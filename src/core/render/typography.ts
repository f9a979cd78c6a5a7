/**
 * kramdown's typographic symbols (`---` —, `--` –, `...` …) and smart quotes, by kramdown's own
 * rules (parser/kramdown/smart_quotes.rb): each quote is decided by the character before it in the
 * same run of text (none after an element such as emphasis or code) and by what follows it, so a
 * quote that opens nothing is still curled (`5'10"` → 5’10”, `'90s` → ’90s). Runs on markdown-it's
 * text tokens before escapes are joined back (an escaped quote stays straight).
 */
import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;
type StateCore = MarkdownIt.StateCore;
type MD = InstanceType<typeof MarkdownIt>;

const PUNCT = '[!"#$%\'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]';
const W = '[A-Za-z0-9_]';
const S = '[ \\t\\r\\n\\f\\v]';

type Subst = number | 'lquote1' | 'rquote1' | 'lquote2' | 'rquote2' | 'ldquo' | 'lsquo' | 'rsquo';

/** kramdown's SQ_RULES, in order: a sticky pattern and what it becomes (a group kept as text, or a quote). */
const RULES: [RegExp, Subst[]][] = [
  [new RegExp(`("|')(?=[_*]{1,2}[^ \\t\\r\\n\\f\\v])`, 'y'), ['lquote1']],
  [new RegExp(`("|')(?=${PUNCT}(?!\\.\\.)(?!${W}))`, 'y'), ['rquote1']],
  [new RegExp(`(${S}?)"'(?=${W})`, 'y'), [1, 'ldquo', 'lsquo']],
  [new RegExp(`(${S}?)'"(?=${W})`, 'y'), [1, 'lsquo', 'ldquo']],
  [new RegExp(`(${S}?)'(?=\\d\\ds)`, 'y'), [1, 'rsquo']],
  [new RegExp(`(${S})('|")(?=${W})`, 'y'), [1, 'lquote2']],
  [/([^ \\\t\r\n[{(-])('|")/y, [1, 'rquote2']],
  [new RegExp(`("|')(?=${S}|s(?!${W})|$|\\n)`, 'y'), ['rquote1']],
  [/([\s\S]?)'/y, [1, 'lsquo']],
  [/([\s\S]?)"/y, [1, 'ldquo']],
];

const SYMBOLS: Record<string, string> = { '---': '—', '--': '–', '...': '…' };
const START = /---|--|\.\.\.|[^\\]?["']/g;

function quote(subst: Subst, m: RegExpExecArray): string {
  switch (subst) {
    case 'ldquo':
      return '“';
    case 'lsquo':
      return '‘';
    case 'rsquo':
      return '’';
    default: {
      const group = Number(String(subst).slice(-1));
      const q = typeof subst === 'number' ? '' : m[group];
      if (typeof subst === 'number') return m[subst] ?? '';
      return subst.startsWith('l') ? (q === '"' ? '“' : '‘') : q === '"' ? '”' : '’';
    }
  }
}

/** The text with kramdown's typography; `after` is the source character that follows the run, if any. */
export function kramdownTypography(text: string, after = ''): string {
  if (!/["'.-]/.test(text)) return text;
  const src = text + after;
  let out = '';
  let pos = 0;
  START.lastIndex = 0;
  for (;;) {
    START.lastIndex = pos;
    const found = START.exec(src);
    if (!found || found.index >= text.length) break;
    const symbol = SYMBOLS[found[0]];
    if (symbol) {
      out += src.slice(pos, found.index) + symbol;
      pos = found.index + found[0].length;
      continue;
    }
    out += src.slice(pos, found.index);
    let done = false;
    for (const [re, substs] of RULES) {
      re.lastIndex = found.index;
      const m = re.exec(src);
      if (!m) continue;
      for (const subst of substs) out += quote(subst, m);
      pos = found.index + m[0].length;
      done = true;
      break;
    }
    if (!done) {
      out += src[found.index];
      pos = found.index + 1;
    }
  }
  return out + text.slice(Math.min(pos, text.length));
}

/** The source character that follows a token, as kramdown's look-ahead would see it. */
function firstCharOf(token: Token | undefined): string {
  if (!token) return '';
  switch (token.type) {
    case 'text':
      return token.content[0] ?? '';
    case 'text_special':
      return '\\';
    case 'softbreak':
    case 'hardbreak':
      return '\n';
    case 'code_inline':
      return '`';
    case 'link_open':
    case 'footnote_ref':
      return '[';
    case 'link_close':
      return ']';
    case 'image':
      return '!';
    case 'html_inline':
      return '<';
    case 's_open':
    case 's_close':
      return '~';
    default:
      return token.markup?.[0] ?? '';
  }
}

function typographyRule(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const children = block.children;
    for (let i = 0; i < children.length; i++) {
      const t = children[i];
      if (t.type === 'text') t.content = kramdownTypography(t.content, firstCharOf(children[i + 1]));
    }
  }
}

export function kramdownTypographyPlugin(md: MD): void {
  md.core.ruler.before('text_join', 'kramdown_typography', typographyRule);
}
