/**
 * Liquid as Jekyll runs it, with liquidjs: Jekyll's tags and filters, bounded by limits, and
 * tolerant: an unknown tag or filter, or any Liquid error, becomes a notice at that spot (and a
 * finding) while the rest of the post renders. It also maps each output line back to the line of
 * the source it came from, for `data-line`.
 */
import { Context, Emitter, Liquid, Tag, TagToken, Template, toPromise, TopLevelToken } from 'liquidjs';
import { Message, msg } from '../messages';
import { SiteConfig } from '../site/config';
import { OffsetRange } from '../text';
import { registerJekyllFilters } from './filters';
import { registerJekyllTags } from './tags';
import { rubyStringLiterals } from './liquidStrings';
import type { LiquidNotice, LiquidRun, RenderSite } from './renderTypes';

export type { LiquidNotice, LiquidRun, RenderSite } from './renderTypes';

/** Placeholders for HTML kept away from Markdown: `\uE000N\uE001`. */
export const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const MARK = /\uE002(\d+)\uE003/g;

export const LIMITS = { parseLimit: 5e6, renderLimit: 2000, memoryLimit: 5e6, templateLimit: 2e6 };

const engines = new WeakMap<SiteConfig, Liquid>();

/** The liquidjs engine for a site configuration, in Jekyll's mode. */
export function liquidEngine(config: SiteConfig): Liquid {
  let liquid = engines.get(config);
  if (!liquid) {
    rubyStringLiterals();
    const liquidConfig = (config.raw.liquid ?? {}) as Record<string, unknown>;
    liquid = new Liquid({
      jekyllInclude: true,
      jekyllWhere: true,
      dynamicPartials: false,
      strictFilters: true,
      strictVariables: liquidConfig.strict_variables === true,
      ownPropertyOnly: true,
      parseLimit: LIMITS.parseLimit,
      renderLimit: LIMITS.renderLimit,
      memoryLimit: LIMITS.memoryLimit,
      // No file system: every file read goes through our tags and the SiteFileSystem.
      templates: {},
    });
    registerJekyllFilters(liquid);
    registerJekyllTags(liquid);
    liquid.registerTag('jp_notice', NoticeTag);
    engines.set(config, liquid);
  }
  return liquid;
}

/** Stands where a tag failed to parse: `{%jp_notice N%}` writes notice N. */
class NoticeTag extends Tag {
  private readonly index: number;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.index = Number(/\d+/.exec(token.args)?.[0] ?? -1);
  }
  render(ctx: Context, emitter: Emitter): void {
    emitter.write((ctx.getRegister('jp') as LiquidRun).notice(this.index));
  }
}

export interface LiquidOutput {
  /** The rendered text, placeholders included. */
  readonly text: string;
  /** For each line of `text`, the offset (in the input) of the source it came from. */
  readonly lineSources: Int32Array;
  /** For each line of `text`, whether it is the source line itself (text) rather than produced by a tag. */
  readonly notices: LiquidNotice[];
  /** HTML for each placeholder. */
  readonly raw: readonly string[];
}

interface Edit {
  modStart: number;
  modEnd: number;
  origStart: number;
  origEnd: number;
}

function mapOffset(edits: readonly Edit[], offset: number): number {
  let shift = 0;
  for (const e of edits) {
    if (offset < e.modStart) break;
    if (offset < e.modEnd) return e.origStart;
    shift = e.origEnd - e.modEnd;
  }
  return offset + shift;
}

/** The `{% ... %}` or `{{ ... }}` around an offset. */
function enclosingTag(text: string, offset: number): OffsetRange {
  const at = Math.min(Math.max(0, offset), text.length);
  const tagStart = text.lastIndexOf('{%', at + 1);
  const outStart = text.lastIndexOf('{{', at + 1);
  const start = Math.max(tagStart, outStart);
  if (start < 0) return { start: at, end: at };
  const closer = start === tagStart ? '%}' : '}}';
  const end = text.indexOf(closer, Math.max(at, start + 2));
  return { start, end: end < 0 ? text.length : end + 2 };
}

function cleanMessage(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  return raw.split('\n')[0].replace(/, line:\d+, col:\d+$/, '').replace(/^\d+ errors? found$/, 'error');
}

function noticeFor(e: unknown): { message: Message; severity: 'error' | 'warning' } {
  const detail = cleanMessage(e);
  let m = /^tag "([^"]+)" not found$/.exec(detail);
  if (m) return { message: msg('Unknown Liquid tag `{0}`: Jekyll stops the build here.', m[1]), severity: 'error' };
  m = /^undefined filter: (.+)$/.exec(detail);
  if (m) return { message: msg('Unknown Liquid filter `{0}`: Jekyll ignores it, or stops with strict_filters.', m[1]), severity: 'warning' };
  m = /^tag (.+) not closed$/.exec(detail);
  if (m) return { message: msg('Liquid block {0} is never closed.', m[1]), severity: 'error' };
  if (/limit exceeded/.test(detail)) return { message: msg('Liquid stopped: {0} (the preview bounds loops and ranges).', detail), severity: 'warning' };
  return { message: msg('Liquid error: {0}', detail), severity: 'error' };
}

/**
 * Parses a template, replacing each tag that does not parse with a notice tag and trying again,
 * so that one mistake does not hide the rest of the post.
 */
function parseTolerant(liquid: Liquid, source: string, notices: LiquidNotice[]): { templates: Template[]; text: string; edits: Edit[] } {
  let text = source;
  const edits: Edit[] = [];
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      return { templates: liquid.parse(text), text, edits };
    } catch (e) {
      const errors = (e as { errors?: unknown[] }).errors ?? [e];
      const first = errors[0] as { token?: { begin: number; end: number; input?: string } };
      const token = first?.token;
      if (!token || (token.input !== undefined && token.input !== text)) throw e;
      const range = enclosingTag(text, token.begin);
      if (range.end <= range.start) throw e;
      const orig = { start: mapOffset(edits, range.start), end: mapOffset(edits, range.end) };
      const { message, severity } = noticeFor(first);
      const index = notices.length;
      notices.push({ message, severity, range: orig });
      const newlines = text.slice(range.start, range.end).replace(/[^\n]/g, '');
      const replacement = `{%jp_notice ${index}${newlines}%}`;
      text = text.slice(0, range.start) + replacement + text.slice(range.end);
      const delta = replacement.length - (range.end - range.start);
      for (const edit of edits) {
        if (edit.modStart >= range.end) {
          edit.modStart += delta;
          edit.modEnd += delta;
        }
      }
      edits.push({ modStart: range.start, modEnd: range.start + replacement.length, origStart: orig.start, origEnd: orig.end });
      edits.sort((a, b) => a.modStart - b.modStart);
    }
  }
  throw new Error('too many Liquid errors');
}

/** HTML for a notice, shown where the failing Liquid was. */
export function noticeHtml(index: number, text: string, severity: 'error' | 'warning'): string {
  const escaped = text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
  return `<span class="jp-notice jp-notice-${severity}" data-notice="${index}" role="note">${escaped}</span>`;
}

/**
 * Renders a post's body as Jekyll's Liquid pass would. `translate` turns notices into the user's
 * language for the inline text.
 */
export async function renderLiquid(
  source: string,
  scope: Record<string, unknown>,
  site: RenderSite,
  page: { path: string },
  translate: (message: Message) => string,
  registers: Readonly<Record<string, unknown>> = {},
): Promise<LiquidOutput> {
  const liquid = liquidEngine(site.config);
  const notices: LiquidNotice[] = [];
  const raw: string[] = [];
  const placeholder = (html: string): string => `\uE000${raw.push(html) - 1}\uE001`;
  const noticePlaceholder = (index: number): string => {
    const n = notices[index];
    return placeholder(noticeHtml(index, translate(n.message), n.severity));
  };
  let parsed: { templates: Template[]; text: string; edits: Edit[] };
  try {
    parsed = parseTolerant(liquid, source, notices);
  } catch (e) {
    const { message, severity } = noticeFor(e);
    notices.push({ message, severity, range: { start: 0, end: 0 } });
    return { text: `${noticePlaceholder(notices.length - 1)}\n\n${source}`, lineSources: lineSourcesOf(source, 2), notices, raw };
  }
  const { templates, edits } = parsed;
  const run: LiquidRun = { site, page, includeDepth: 0, placeholder, notice: noticePlaceholder };
  const wrapped: Template[] = templates.map((tpl, index) => ({
    token: tpl.token,
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      emitter.write(`\uE002${index}\uE003`);
      try {
        const html = yield tpl.render(ctx, emitter);
        if (typeof html === 'string' && html) emitter.write(html);
      } catch (e) {
        const inner = (e as { token?: { begin: number; end: number; input?: string } }).token;
        const own = inner && inner.input === parsed.text ? enclosingTag(parsed.text, inner.begin) : { start: tpl.token.begin, end: tpl.token.end };
        const { message, severity } = noticeFor(e);
        notices.push({ message, severity, range: { start: mapOffset(edits, own.start), end: mapOffset(edits, own.end) } });
        emitter.write(noticePlaceholder(notices.length - 1));
      }
    },
  }));
  let output: string;
  try {
    const ctx = new Context(scope, liquid.options, { ...LIMITS }, { liquid } as never);
    ctx.setRegister('jp', run);
    for (const [name, value] of Object.entries(registers)) ctx.setRegister(name, value);
    output = String(await toPromise(liquid.renderer.renderTemplates(wrapped, ctx)));
  } catch (e) {
    const { message, severity } = noticeFor(e);
    notices.push({ message, severity, range: { start: 0, end: 0 } });
    return { text: `${noticePlaceholder(notices.length - 1)}\n\n${source}`, lineSources: lineSourcesOf(source, 2), notices, raw };
  }
  return { ...mapLines(output, templates, parsed.text, edits), notices, raw };
}

/** Line sources when the output is the source itself, after `skip` extra lines at the top. */
function lineSourcesOf(source: string, skip: number): Int32Array {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  const out = new Int32Array(starts.length + skip);
  for (let i = 0; i < out.length; i++) out[i] = starts[Math.max(0, i - skip)];
  return out;
}

/** Strips the segment marks from the output and finds, for each output line, its source offset. */
function mapLines(marked: string, templates: Template[], text: string, edits: Edit[]): { text: string; lineSources: Int32Array } {
  const segOut: number[] = [];
  const segTpl: number[] = [];
  let clean = '';
  let last = 0;
  MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK.exec(marked))) {
    clean += marked.slice(last, m.index);
    segOut.push(clean.length);
    segTpl.push(Number(m[1]));
    last = m.index + m[0].length;
  }
  clean += marked.slice(last);
  const lineStarts = [0];
  for (let i = clean.indexOf('\n'); i !== -1; i = clean.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const sources = new Int32Array(lineStarts.length);
  let seg = 0;
  for (let line = 0; line < lineStarts.length; line++) {
    const p = lineStarts[line];
    while (seg + 1 < segOut.length && segOut[seg + 1] <= p) seg++;
    if (segOut.length === 0) {
      sources[line] = p;
      continue;
    }
    const token = templates[segTpl[seg]].token as { kind: number; begin: number; end: number; trimLeft?: number };
    let offset: number;
    if (token.kind === 16 /* HTML */) offset = token.begin + (token.trimLeft ?? 0) + (p - segOut[seg]);
    else offset = token.begin;
    sources[line] = mapOffset(edits, Math.min(offset, text.length));
  }
  return { text: clean, lineSources: sources };
}
