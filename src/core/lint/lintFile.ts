import { SiteFileSystem } from '../fs';
import { relative } from '../paths';
import { SiteConfig } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { classifyPath, isMarkdownPath, SiteDocumentInfo } from '../site/post';
import { decodeFile, lintDocument, LintOptions } from './lint';
import { Finding } from './types';

export interface FileFindings {
  /** Path relative to the site root. */
  readonly file: string;
  readonly text: string | undefined;
  /** `text` is the front matter alone (the findings and their fixes are all in it): the rest was not decoded. */
  readonly frontMatterOnly?: boolean;
  readonly findings: Finding[];
}

/** Whether the linter looks at a document: Markdown or HTML files that Jekyll reads. */
export function isLintable(info: SiteDocumentInfo, config: SiteConfig): boolean {
  return isMarkdownPath(info.relativePath, config) || /\.html?$/i.test(info.relativePath);
}

/** Lints one file's text as part of a site. */
export function lintText(text: string, relativePath: string, config: SiteConfig, options?: LintOptions): Finding[] {
  const info = classifyPath(relativePath, config);
  if (!info) return [];
  const frontMatter = parseFrontMatter(text);
  if (!frontMatter.block.opened && info.kind === 'page') return [];
  return lintDocument({ text, document: info, config, frontMatter }, options);
}

/** Reads and lints one file of a site; unreadable or binary files give a finding, never an exception. */
export async function lintFile(fs: SiteFileSystem, root: string, path: string, config: SiteConfig, options?: LintOptions): Promise<FileFindings> {
  const file = relative(root, path);
  const bytes = await fs.readFile(path);
  if (!bytes) return { file, text: undefined, findings: [] };
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { file, text: undefined, findings: [decoded.finding] };
  const findings = lintText(decoded.text, file, config, options);
  return { file, text: decoded.text, findings: decoded.notice ? [decoded.notice, ...findings] : findings };
}
