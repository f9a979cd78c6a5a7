/**
 * kramdown's footnote markup on markdown-it-footnote's tokens: `fnref:NAME` and `fn:NAME` ids with
 * the name as written, roles, a numbered link without brackets, and back links `↩` (`↩²` for a
 * second reference) at the end of the note's last paragraph.
 */
import type MarkdownIt from 'markdown-it';
import { escapeHtml } from './highlight';

type Token = MarkdownIt.Token;
type MD = InstanceType<typeof MarkdownIt>;

interface FootnoteMeta {
  readonly id: number;
  readonly subId?: number;
  readonly label?: string;
}

function name(meta: FootnoteMeta): string {
  return escapeHtml(meta.label ?? String(meta.id + 1));
}

function refId(meta: FootnoteMeta): string {
  return `fnref:${name(meta)}${meta.subId ? `:${meta.subId}` : ''}`;
}

export function kramdownFootnotes(md: MD): void {
  md.renderer.rules.footnote_ref = (tokens: Token[], idx: number) => {
    const meta = tokens[idx].meta as unknown as FootnoteMeta;
    return `<sup id="${refId(meta)}" role="doc-noteref"><a href="#fn:${name(meta)}" class="footnote" rel="footnote">${meta.id + 1}</a></sup>`;
  };
  md.renderer.rules.footnote_block_open = () => '<div class="footnotes" role="doc-endnotes">\n<ol>\n';
  md.renderer.rules.footnote_block_close = () => '</ol>\n</div>\n';
  md.renderer.rules.footnote_open = (tokens: Token[], idx: number) => `<li id="fn:${name(tokens[idx].meta as unknown as FootnoteMeta)}" role="doc-endnote">`;
  md.renderer.rules.footnote_close = () => '</li>\n';
  md.renderer.rules.footnote_anchor = (tokens: Token[], idx: number) => {
    const meta = tokens[idx].meta as unknown as FootnoteMeta;
    // A no-break space before each back link (kramdown's FOOTNOTE_BACKLINK_FMT with ENTITY_NBSP).
    return `\u00a0<a href="#${refId(meta)}" class="reversefootnote" role="doc-backlink">&#8617;${meta.subId ? `<sup>${meta.subId + 1}</sup>` : ''}</a>`;
  };
}
