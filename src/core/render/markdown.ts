/**
 * Markdown as kramdown (Jekyll's default converter) renders it, with markdown-it: GFM tables,
 * footnotes, definition lists, abbreviations, typographic quotes and dashes, plus the kramdown
 * plugin (attribute lists, header ids, TOC, `markdown="1"`) and highlighted code.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import deflist from 'markdown-it-deflist';
import abbr from 'markdown-it-abbr';
import { escapeHtml, highlightCode } from './highlight';
import { KramdownEnv, kramdownPlugin } from './kramdown';
import { kramdownSpansPlugin } from './kramdownSpans';
import { kramdownFootnotes } from './footnotes';
import { kramdownTypographyPlugin } from './typography';
import { kramdownHtmlAndLinks } from './kramdownHtml';
import { ROUGE_LANGUAGES } from './rougeLanguages';
import { kramdownTablePlugin } from './kramdownTable';
import { oneBulletList } from './kramdownLists';
import { kramdownEmphasisPlugin } from './kramdownEmphasis';
import { kramdownSpanHtmlPlugin } from './kramdownSpanHtml';

type Token = MarkdownIt.Token;
type MD = InstanceType<typeof MarkdownIt>;

/** Jekyll's kramdown + Rouge markup for a highlighted block: `<div class="language-x highlighter-rouge">`. */
export function codeBlockHtml(code: string, language: string | undefined, attrs: string): string {
  // kramdown hands a block without a language to Rouge as plaintext.
  if (!language) language = 'plaintext';
  // A language Rouge has no lexer for: kramdown writes the block bare.
  if (!ROUGE_LANGUAGES.has(language.toLowerCase().replace(/\?.*$/, ''))) return `<pre${attrs}><code class="language-${escapeHtml(language)}">${escapeHtml(code)}</code></pre>\n`;
  const lang = escapeHtml(language);
  return `<div class="language-${lang} highlighter-rouge"${attrs}><div class="highlight"><pre class="highlight"><code>${highlightCode(code, language)}</code></pre></div></div>\n`;
}

function attrsOf(md: MD, token: Token, skipClass = false): string {
  const attrs = (token.attrs ?? []).filter(([k]) => !(skipClass && k === 'class'));
  return md.renderer.renderAttrs({ attrs } as Token);
}

function create(): MD {
  // kramdown's typography replaces markdown-it's typographer (which curls only paired quotes and turns `..` into …).
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  md.use(footnote).use(deflist).use(abbr).use(kramdownSpansPlugin).use(kramdownEmphasisPlugin).use(kramdownSpanHtmlPlugin).use(kramdownPlugin);
  md.use(kramdownFootnotes).use(kramdownTypographyPlugin).use(kramdownHtmlAndLinks).use(kramdownTablePlugin);
  const listRule = (md.block.ruler as unknown as { __rules__: { name: string; fn: Parameters<typeof oneBulletList>[0] }[] }).__rules__.find((r) => r.name === 'list');
  if (listRule) md.block.ruler.at('list', oneBulletList(listRule.fn), { alt: ['paragraph', 'reference', 'blockquote'] });
  // kramdown's GFM input writes `~~x~~` as <del>.
  md.renderer.rules.s_open = () => '<del>';
  md.renderer.rules.s_close = () => '</del>';
  // Rouge's wrapper for inline code.
  md.renderer.rules.code_inline = (tokens, idx) => {
    const token = tokens[idx];
    const extra = String(token.attrGet('class') ?? '');
    const attrs = attrsOf(md, token, true);
    return `<code class="language-plaintext highlighter-rouge${extra ? ` ${escapeHtml(extra)}` : ''}"${attrs}>${escapeHtml(token.content)}</code>`;
  };
  md.renderer.rules.code_block = (tokens, idx) => codeBlockHtml(tokens[idx].content, undefined, attrsOf(md, tokens[idx]));
  // kramdown writes table alignment as `style="text-align: left"`.
  const cell = (tokens: Token[], idx: number, options: MD["options"], _env: unknown, self: MD["renderer"]): string => {
    const style = tokens[idx].attrGet('style');
    if (style) tokens[idx].attrSet('style', String(style).replace(/text-align:(?=\S)/, 'text-align: '));
    return self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.th_open = cell;
  md.renderer.rules.td_open = cell;
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    const info = token.info ? md.utils.unescapeAll(token.info).trim() : '';
    // The language from the info string, or from an IAL class `language-x`.
    const fromClass = /(?:^|\s)language-(\S+)/.exec(String(token.attrGet('class') ?? ''))?.[1];
    const language = info.split(/\s+/)[0] || fromClass || undefined;
    const extraClass = String(token.attrGet('class') ?? '').replace(/(?:^|\s)language-\S+/g, '').trim();
    const attrs = attrsOf(md, token, true) + (extraClass ? ` class="${escapeHtml(extraClass)}"` : '');
    if (language && extraClass) {
      // Keep the IAL classes next to kramdown's own.
      return codeBlockHtml(token.content, language, attrsOf(md, token, true)).replace('highlighter-rouge"', `highlighter-rouge ${escapeHtml(extraClass)}"`);
    }
    return codeBlockHtml(token.content, language, attrs);
  };
  return md;
}

let shared: MD | undefined;

/** The shared markdown-it instance (creating it costs a few milliseconds). */
export function markdownEngine(): MD {
  return (shared ??= create());
}

export interface MarkdownResult {
  readonly html: string;
  readonly headings: readonly { level: number; id: string; text: string }[];
}

/** Renders Markdown to HTML; `lineMap` turns input lines into the editor lines written in `data-line`. */
export function renderMarkdown(text: string, lineMap?: (line: number) => number): MarkdownResult {
  const env: KramdownEnv = { lineMap };
  const html = markdownEngine().render(text, env as unknown as Record<string, unknown>);
  return { html, headings: env.headings ?? [] };
}
