/**
 * Suppression comments in front matter, as ESLint's `eslint-disable` comments:
 *
 *     # jekyll-posts-disable key-typo, seo-length      (these rules, for the whole post)
 *     # jekyll-posts-disable-next-line key-typo        (this rule, on the next line)
 *
 * A comment is a line of its own in the front matter; without rule ids it hides every rule; text
 * after ` -- ` is a reason, for readers. A suppression that hides nothing is itself reported
 * (rule `unused-suppression`), so stale ones do not pile up.
 */
import { msg } from '../messages';
import { ParsedFrontMatter } from '../site/frontMatter';
import { detectEol, OffsetRange } from '../text';
import { allRules } from './rules';
import { nearestName } from './configCheck';
import { Finding, Fix, Severity, SeveritySetting, TextEdit } from './types';

export const DISABLE = 'jekyll-posts-disable';
const NEXT_LINE = '-next-line';
export const UNUSED_SUPPRESSION = 'unused-suppression';

export interface SuppressionId {
  readonly id: string;
  readonly range: OffsetRange;
}

export interface Suppression {
  readonly kind: 'post' | 'next-line';
  /** The comment's whole line, its line end included. */
  readonly line: OffsetRange;
  /** `jekyll-posts-disable` or `jekyll-posts-disable-next-line`. */
  readonly keyword: OffsetRange;
  /** The rules named; none: every rule. */
  readonly ids: readonly SuppressionId[];
  /** Where another id is appended (after the last id, else after the keyword). */
  readonly appendAt: number;
  /** For `next-line`: the line it applies to, its line end included. */
  readonly target?: OffsetRange;
}

function lineEnd(text: string, from: number, limit: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 || nl >= limit ? limit : nl + 1;
}

/**
 * Whether `at` lies inside the text of a multi-line scalar (where a `#` line is content, not a comment).
 * Not a plain one: there a line opening with `#` is a comment, which ends the scalar.
 */
function insideScalar(frontMatter: ParsedFrontMatter, at: number): boolean {
  for (const field of frontMatter.fields.values()) {
    const r = field.valueRange;
    if (at > r.start && at < r.end && (field.style === 'block' || field.style === 'single' || field.style === 'double')) return true;
  }
  return false;
}

/**
 * The suppression comments of a document's front matter. Costs one string search when there are
 * none (the linter runs this on every post).
 */
export function findSuppressions(text: string, frontMatter: ParsedFrontMatter): Suppression[] {
  const { yamlRange, opened, closed } = frontMatter.block;
  if (!opened || !closed) return [];
  // Searched in the front matter alone (a slice is a view in V8, not a copy), not in the body after it.
  const first = text.slice(yamlRange.start, yamlRange.end).indexOf(DISABLE);
  if (first === -1) return [];
  let at = yamlRange.start + first;
  const out: Suppression[] = [];
  for (; at !== -1 && at < yamlRange.end; at = text.indexOf(DISABLE, at + DISABLE.length)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (!/^[ \t]*#[ \t]*$/.test(text.slice(lineStart, at))) continue;
    const end = lineEnd(text, at, yamlRange.end);
    let keywordEnd = at + DISABLE.length;
    const kind = text.startsWith(NEXT_LINE, keywordEnd) ? 'next-line' : 'post';
    if (kind === 'next-line') keywordEnd += NEXT_LINE.length;
    const rest = text.slice(keywordEnd, end);
    if (rest !== '' && !/^\s/.test(rest)) continue; // `jekyll-posts-disabled`, another word
    if (insideScalar(frontMatter, lineStart)) continue;
    const reason = rest.search(/\s--(\s|$)/);
    const list = reason === -1 ? rest : rest.slice(0, reason);
    const ids: SuppressionId[] = [];
    for (const m of list.matchAll(/[^\s,]+/g)) ids.push({ id: m[0], range: { start: keywordEnd + m.index, end: keywordEnd + m.index + m[0].length } });
    const target = kind === 'next-line' && end < yamlRange.end ? { start: end, end: lineEnd(text, end, yamlRange.end) } : undefined;
    out.push({ kind, line: { start: lineStart, end }, keyword: { start: at, end: keywordEnd }, ids, appendAt: ids.length ? ids[ids.length - 1].range.end : keywordEnd, target });
  }
  return out;
}

function applies(s: Suppression, finding: Finding): boolean {
  if (s.kind === 'post') return true;
  return s.target !== undefined && finding.range.start >= s.target.start && finding.range.start < s.target.end;
}

let ruleIdList: string[] | undefined;
function ruleIds(): string[] {
  return (ruleIdList ??= allRules.map((r) => r.id));
}

/** The edit removing one id from a suppression, or the whole comment line when it is its only id. */
function removal(s: Suppression, index: number): TextEdit {
  if (s.ids.length <= 1) return { range: s.line, newText: '' };
  const id = s.ids[index];
  if (index > 0) return { range: { start: s.ids[index - 1].range.end, end: id.range.end }, newText: '' };
  return { range: { start: id.range.start, end: s.ids[1].range.start }, newText: '' };
}

/**
 * Drops the findings the document's suppressions hide and adds an `unused-suppression` finding for
 * each rule id (or id-less comment) that hid nothing, at `unused` severity (`off`: none).
 */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[], unused: SeveritySetting): Finding[] {
  const used = suppressions.map((s) => new Array<boolean>(Math.max(1, s.ids.length)).fill(false));
  const kept: Finding[] = [];
  for (const finding of findings) {
    let hidden = false;
    suppressions.forEach((s, i) => {
      if (!applies(s, finding)) return;
      if (s.ids.length === 0) {
        used[i][0] = true;
        hidden = true;
        return;
      }
      s.ids.forEach((entry, k) => {
        if (entry.id === finding.rule) {
          used[i][k] = true;
          hidden = true;
        }
      });
    });
    if (!hidden) kept.push(finding);
  }
  if (unused === 'off') return kept;
  const severity: Severity = unused;
  const ids = ruleIds();
  suppressions.forEach((s, i) => {
    const post = s.kind === 'post';
    if (s.ids.length === 0) {
      if (used[i][0]) return;
      const message = post ? msg('This suppression hides nothing: no rule reports anything in this post.') : msg('This suppression hides nothing: no rule reports anything on the next line.');
      kept.push({ rule: UNUSED_SUPPRESSION, severity, range: s.keyword, message, fixes: [{ title: msg('Remove this suppression'), edits: [{ range: s.line, newText: '' }] }] });
      return;
    }
    s.ids.forEach((entry, k) => {
      if (used[i][k]) return;
      const remove: Fix = { title: msg('Remove `{0}` from this suppression', entry.id), edits: [removal(s, k)] };
      if (!ids.includes(entry.id)) {
        const best = nearestName(entry.id, ids);
        kept.push({
          rule: UNUSED_SUPPRESSION,
          severity,
          range: entry.range,
          message: best ? msg('`{0}` is not a rule of Jekyll Posts; did you mean `{1}`?', entry.id, best) : msg('`{0}` is not a rule of Jekyll Posts.', entry.id),
          fixes: best ? [{ title: msg('Change to `{0}`', best), edits: [{ range: entry.range, newText: best }] }, remove] : [remove],
        });
        return;
      }
      const message = post ? msg('`{0}` reports nothing in this post: this suppression hides nothing.', entry.id) : msg('`{0}` reports nothing on the next line: this suppression hides nothing.', entry.id);
      kept.push({ rule: UNUSED_SUPPRESSION, severity, range: entry.range, message, fixes: [remove] });
    });
  });
  return kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/**
 * The fix "Ignore `rule` for this post": adds the rule to the post's `# jekyll-posts-disable` comment,
 * or writes one as the first line of the front matter (with the file's own line ends). Undefined
 * when the post has no closed front matter or already ignores the rule.
 */
export function ignoreForPostFix(text: string, frontMatter: ParsedFrontMatter, rule: string): Fix | undefined {
  const { opened, closed, yamlRange } = frontMatter.block;
  if (!opened || !closed || rule === UNUSED_SUPPRESSION) return undefined;
  const title = msg('Ignore `{0}` for this post', rule);
  const existing = findSuppressions(text, frontMatter).filter((s) => s.kind === 'post');
  if (existing.some((s) => s.ids.length === 0 || s.ids.some((i) => i.id === rule))) return undefined;
  const first = existing[0];
  if (first) return { title, edits: [{ range: { start: first.appendAt, end: first.appendAt }, newText: `, ${rule}` }] };
  return { title, edits: [{ range: { start: yamlRange.start, end: yamlRange.start }, newText: `# ${DISABLE} ${rule}${detectEol(text)}` }] };
}

/**
 * The fix "Ignore `rule` on this line": a `# jekyll-posts-disable-next-line` comment above the line
 * the finding starts on, indented as it (or the rule added to one already there). Undefined when
 * that line is not in the front matter or is inside a multi-line value.
 */
export function ignoreOnLineFix(text: string, frontMatter: ParsedFrontMatter, finding: Pick<Finding, 'rule' | 'range'>): Fix | undefined {
  const { opened, closed, yamlRange } = frontMatter.block;
  if (!opened || !closed || finding.rule === UNUSED_SUPPRESSION) return undefined;
  const at = finding.range.start;
  if (at < yamlRange.start || at >= yamlRange.end) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1; // in the front matter too: the opening fence's `\n` is just before it
  if (insideScalar(frontMatter, lineStart)) return undefined;
  const title = msg('Ignore `{0}` on this line', finding.rule);
  const above = findSuppressions(text, frontMatter).find((s) => s.kind === 'next-line' && s.target?.start === lineStart);
  if (above) {
    if (above.ids.length === 0 || above.ids.some((i) => i.id === finding.rule)) return undefined;
    return { title, edits: [{ range: { start: above.appendAt, end: above.appendAt }, newText: `, ${finding.rule}` }] };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, at))![0];
  return { title, edits: [{ range: { start: lineStart, end: lineStart }, newText: `${indent}# ${DISABLE}${NEXT_LINE} ${finding.rule}${detectEol(text)}` }] };
}
