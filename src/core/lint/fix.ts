import { Finding, Fix, TextEdit } from './types';

export interface FixPlan {
  /** Non-overlapping text edits, in text order. */
  readonly edits: TextEdit[];
  /** At most one rename of the file. */
  readonly rename?: { readonly from: string; readonly to: string };
  /** The fixes taken. */
  readonly applied: Fix[];
}

/**
 * The fixes "fix all" applies: each finding's preferred fix, skipping any whose edits overlap an
 * edit already taken (the next pass picks them up), any second rename, and any that `accept`
 * turns down (it sees the edits and rename taken so far: fixSafety's check of the site model).
 */
export function planFixAll(
  findings: readonly Finding[],
  accept?: (fix: Fix, finding: Finding, sofar: { readonly edits: readonly TextEdit[]; readonly rename: FixPlan['rename'] }) => boolean,
): FixPlan {
  const edits: TextEdit[] = [];
  const applied: Fix[] = [];
  let rename: FixPlan['rename'];
  const overlaps = (e: TextEdit): boolean =>
    edits.some((o) => (e.range.start < o.range.end && o.range.start < e.range.end) || (e.range.start === e.range.end && e.range.start === o.range.start));
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    if (fix.rename && rename) continue;
    if (fix.edits.some(overlaps)) continue;
    if (accept && !accept(fix, finding, { edits, rename })) continue;
    edits.push(...fix.edits);
    if (fix.rename) rename = fix.rename;
    applied.push(fix);
  }
  edits.sort((a, b) => a.range.start - b.range.start);
  return { edits, rename, applied };
}

/** Applies non-overlapping edits to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    out += text.slice(at, edit.range.start) + edit.newText;
    at = edit.range.end;
  }
  return out + text.slice(at);
}
