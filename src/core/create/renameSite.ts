/**
 * Reads what a rename plan needs of a site through the host's file system: every file (for the
 * site map) and the text of every document (for the references to rewrite). Open editors' text
 * wins over the disk through `overlay`.
 */
import { SiteFileSystem } from '../fs';
import { join, relative } from '../paths';
import { SiteConfig } from '../site/config';
import { walkSite } from '../site/siteFiles';
import { ModelSettings } from '../site/siteModel';
import { RenameSite } from './renamePost';

/** Extensions of the documents whose links a rename rewrites (text Jekyll renders). */
const TEXT_DOCUMENT = /\.(md|markdown|mkdown|mkdn|mkd|html?|textile|xml|txt)$/i;

export async function readRenameSite(fs: SiteFileSystem, root: string, config: SiteConfig, settings: ModelSettings, overlay?: (relativePath: string) => string | undefined): Promise<RenameSite> {
  const { files } = await walkSite(fs, root, config);
  const paths: string[] = [];
  const texts = new Map<string, string>();
  // A BOM stays in the text (the edits keep it; offsets count it).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const file of files) {
    const rel = relative(root, file.path);
    paths.push(rel);
    if (!TEXT_DOCUMENT.test(rel)) continue;
    const open = overlay?.(rel);
    if (open !== undefined) {
      texts.set(rel, open);
      continue;
    }
    const bytes = await fs.readFile(file.path);
    if (!bytes || bytes.subarray(0, 8192).includes(0)) continue;
    texts.set(rel, decoder.decode(bytes));
  }
  const gemfileBytes = await fs.readFile(join(root, 'Gemfile'));
  return { config, settings, files: paths, texts, gemfile: gemfileBytes ? decoder.decode(gemfileBytes) : undefined };
}
