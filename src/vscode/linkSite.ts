import * as vscode from 'vscode';
import { LinkDocument } from '../core/complete/linkCompletions';
import { LinkSite } from '../core/complete/linkTargets';
import { join, relative } from '../core/paths';
import { siteMapFor } from '../core/site/siteMap';
import { hostTimezone } from './completionProvider';
import { IndexedSite } from './indexService';

/**
 * What the link completions, hovers and definitions read of a site: the site map of the index
 * (the one the link rules use, built once per version of the site, never per keystroke) and the
 * title of each document from the index.
 */
export function linkSite({ site, index }: IndexedSite): LinkSite {
  const map = siteMapFor(index.siteDocuments, site.config);
  return {
    map,
    timezone: site.config.timezone ?? hostTimezone() ?? 'UTC',
    titleOf: (source) => {
      const title = index.document(join(site.root, source))?.data.title;
      return typeof title === 'string' && title ? title : typeof title === 'number' ? String(title) : undefined;
    },
  };
}

/** The document being edited, as the link completions see it. */
export function linkDocument({ site, index }: IndexedSite, document: vscode.TextDocument): LinkDocument {
  const source = relative(site.root, document.uri.path);
  return { text: document.getText(), source, lang: index.document(document.uri.path)?.lang, url: index.siteDocuments.all.get(source)?.url };
}

/** A site file's text: the editor's when it is open (unsaved changes included), else the disk's. */
export async function siteFileText({ site }: IndexedSite, source: string): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  const uri = site.fs.toUri(join(site.root, source));
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { uri, text: open.getText() };
  const bytes = await site.fs.readFile(uri.path);
  return bytes ? { uri, text: new TextDecoder().decode(bytes) } : undefined;
}
