import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig, SiteConfig } from '../../src/core/site/config';
import { TextEdit } from '../../src/core/lint/types';

export const noConfig: SiteConfig = readConfig('');

/** Applies text edits (non-overlapping) to a text, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    out = out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end);
  }
  return out;
}

/** The text a range covers. */
export function slice(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end);
}

/** Every Markdown or HTML file below a folder, recursively. */
export function* markdownFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(path);
    else if (/\.(md|markdown|html)$/.test(entry.name)) yield path;
  }
}
