import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyTextEdits, planFixAll } from '../core/lint/fix';
import { msg, Message } from '../core/messages';
import { SiteFindings } from './lintCommand';

export interface FixReport {
  /** Files whose text changed or that were renamed. */
  readonly changed: number;
  /** Renames refused because the target exists. */
  readonly refused: Message[];
}

/**
 * Applies each finding's preferred fix to the files on disk: text edits (only the bytes they
 * change), then renames, never over an existing file. A file changed on disk since it was read
 * is left alone (a file linted on its front matter alone: when its front matter changed).
 */
export function applyFixes(sites: readonly SiteFindings[]): FixReport {
  let changed = 0;
  const refused: Message[] = [];
  for (const site of sites) {
    for (const file of site.files) {
      if (file.text === undefined) continue;
      const plan = planFixAll(file.findings);
      if (plan.edits.length === 0 && !plan.rename) continue;
      const path = join(site.root, file.file);
      const current = readFileSync(path, 'utf8');
      // Unchanged since it was linted (its front matter, when that is all that was read).
      if (file.frontMatterOnly ? !current.startsWith(file.text) : current !== file.text) continue;
      if (plan.edits.length > 0) {
        writeFileSync(path, applyTextEdits(current, plan.edits), 'utf8');
        changed++;
      }
      if (plan.rename) {
        const target = join(site.root, plan.rename.to);
        if (existsSync(target)) refused.push(msg("not renamed: '{0}' already exists", plan.rename.to));
        else {
          renameSync(path, target);
          if (plan.edits.length === 0) changed++;
        }
      }
    }
  }
  return { changed, refused };
}
