/**
 * A unified diff of two texts, as `diff -u` and `git diff` print it (3 lines of context), for
 * `lint --fix --dry-run`. Fixes touch a few lines of front matter: the common head and tail are
 * set aside first and the rest is compared line by line (longest common subsequence).
 */

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string };

/** Lines without their `\n`; a last line without one carries git's marker, so it differs from the same line with one. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += '\n\\ No newline at end of file';
  return lines;
}

function lineOps(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      ops.push({ kind: ' ', line: x[i++] });
      j++;
    } else if (i < x.length && (j === y.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', line: x[i++] });
    else ops.push({ kind: '+', line: y[j++] });
  }
  for (const line of a.slice(a.length - tail)) ops.push({ kind: ' ', line });
  return ops;
}

/** The hunks (`@@ ... @@` and their lines) turning `before` into `after`; empty when they are equal. */
export function unifiedHunks(before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = lineOps(a, b);
  const out: string[] = [];
  let at = 0;
  while (at < ops.length) {
    const firstChange = ops.findIndex((op, k) => k >= at && op.kind !== ' ');
    if (firstChange === -1) break;
    const start = Math.max(at, firstChange - context);
    // Extend the hunk while the next change is within 2 * context lines.
    let end = firstChange;
    for (let k = firstChange; k < ops.length; k++) {
      if (ops[k].kind !== ' ') end = k;
      else if (k - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    let oldStart = 0;
    let newStart = 0;
    for (let k = 0; k < start; k++) {
      if (ops[k].kind !== '+') oldStart++;
      if (ops[k].kind !== '-') newStart++;
    }
    let oldCount = 0;
    let newCount = 0;
    const lines: string[] = [];
    for (let k = start; k < stop; k++) {
      const op = ops[k];
      lines.push(`${op.kind}${op.line}`);
      if (op.kind !== '+') oldCount++;
      if (op.kind !== '-') newCount++;
    }
    // `-3,0` names the line before an insertion; `-4` a one-line range.
    const range = (before: number, count: number): string => (count === 0 ? `${before},0` : count === 1 ? `${before + 1}` : `${before + 1},${count}`);
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`, ...lines);
    at = stop;
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** One file's diff, git style: `rename from/to` lines for a rename, then the hunks. */
export function fileDiff(fromName: string, toName: string, before: string, after: string): string {
  const hunks = unifiedHunks(before, after);
  if (fromName === toName && !hunks) return '';
  let out = `diff --git a/${fromName} b/${toName}\n`;
  if (fromName !== toName) out += `rename from ${fromName}\nrename to ${toName}\n`;
  if (hunks) out += `--- a/${fromName}\n+++ b/${toName}\n${hunks}`;
  return out;
}
