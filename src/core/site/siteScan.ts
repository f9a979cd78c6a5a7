import { followedKind, LinkPolicy, linkPolicy, SiteFileSystem } from '../fs';
import { rubyToS } from './rubyTime';
import { basename, join } from '../paths';
import { SiteConfig, truthy } from './config';
import { folderSetting, templateFolders, templateReads } from './templateReads';
import { parseFrontMatter, ParsedFrontMatter } from './frontMatter';
import { authorFromDocument, authorsFromData } from './authors';
import { DocSummary, SiteDocuments, summarize } from './documents';
import { documentVerdict, ModelSettings } from './siteModel';
import { isSkippedName, SiteDocumentInfo } from './post';
import { JekyllValue } from './scalars';
import { AuthorInfo, jekyllTags, pluralizedArray, SiteFacts } from './siteFacts';

export interface FactsDocument {
  readonly info: SiteDocumentInfo;
  /** Effective front matter (defaults merged under it). */
  readonly data: Readonly<Record<string, JekyllValue>> | undefined;
  /** Front matter as written (without defaults), to tell how the post writes things. */
  readonly own?: Readonly<Record<string, JekyllValue>>;
}

export interface Registries {
  readonly authors: ReadonlyMap<string, AuthorInfo>;
  readonly hasAuthorRegistry: boolean;
  readonly layouts: ReadonlySet<string> | undefined;
  readonly templateKeys?: ReadonlySet<string>;
}

/** Authors and layouts of a site, as Jekyll 4.3.1 reads them: `authors` collection documents, `data_dir/authors.*` entries, `layouts_dir` names. */
export async function readRegistries(fs: SiteFileSystem, root: string, config: SiteConfig): Promise<Registries> {
  const authors = new Map<string, AuthorInfo>();
  let hasAuthorRegistry = false;
  const links = await linkPolicy(fs, root, truthy(config.raw.safe));
  // Jekyll reads `_authors/` only as a configured collection; a file there without front matter is a static file.
  if (config.collections.has('authors')) {
    hasAuthorRegistry = true;
    const folder = `${config.collectionsDir ? `${config.collectionsDir}/` : ''}_authors`;
    for (const path of (await filesBelow(fs, join(root, folder), config, links, true)) ?? []) {
      // An unreadable file decodes as '': no front matter.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await fs.readFile(join(root, folder, path)));
      if (!HAS_YAML_HEADER.test(text)) continue;
      const author = authorFromDocument(`${folder}/${path}`, basename(path).replace(/\.[^.]+$/, ''), parseFrontMatter(text).data ?? {});
      authors.set(author.login, author);
    }
  }
  const dataDir = folderSetting(config.raw.data_dir, '_data');
  // The file Jekyll reads when several exist (authorsDataFileRead): JSON, else .yml, else .yaml.
  for (const name of ['authors.json', 'authors.yml', 'authors.yaml']) {
    const bytes = await fs.readFile(join(root, dataDir, name));
    if (!bytes) continue;
    hasAuthorRegistry = true;
    for (const author of authorsFromData(`${dataDir}/${name}`, new TextDecoder().decode(bytes))) if (!authors.has(author.login)) authors.set(author.login, author);
    break;
  }
  const layoutFiles = await filesBelow(fs, join(root, templateFolders(config)[0]), config, links, false);
  // LayoutReader globs names with a dot, and names each layout by its path less the extension.
  const layouts = layoutFiles ? new Set(layoutFiles.filter((path) => basename(path).includes('.')).map((path) => path.replace(/\.[^.]+$/, ''))) : undefined;
  const templateKeys = await templateReads(fs, root, config, links);
  return { authors, hasAuthorRegistry, layouts, templateKeys };
}

// Utils.has_yaml_header?: the first line of the file's bytes is `---` and Ruby white space, ASCII only (a BOM before it hides it).
const HAS_YAML_HEADER = /^---[ \t\r\n\f\v]*\r?\n/;

/**
 * The files below a folder as Jekyll lists a collection (`hidden`: a `**` glob with FNM_DOTMATCH)
 * or the layouts (a `**` glob that enters no hidden folder), through EntryFilter: a special or backup
 * name is skipped at the top and as a file name, not as a folder below the top. Paths are relative
 * to the folder; links to folders are not entered (followedKind), so the walk ends. Undefined when
 * the folder cannot be read.
 */
async function filesBelow(fs: SiteFileSystem, dir: string, config: SiteConfig, links: LinkPolicy, hidden: boolean, prefix = ''): Promise<string[] | undefined> {
  const entries = await fs.readDirectory(dir);
  if (!entries) return undefined;
  const paths: string[] = [];
  for (const entry of entries) {
    const kind = followedKind(entry, links);
    if (kind === 'directory' && !(prefix ? !hidden && entry.name.startsWith('.') : isSkippedName(entry.name, config))) {
      paths.push(...((await filesBelow(fs, join(dir, entry.name), config, links, hidden, `${prefix}${entry.name}/`)) ?? []));
    } else if (kind === 'file' && !isSkippedName(entry.name, config)) paths.push(prefix + entry.name);
  }
  return paths;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Counts each value of a post's list once (a repeated tag is one tag). */
function bumpEach(map: Map<string, number>, values: readonly string[]): void {
  for (let i = 0; i < values.length; i++) if (values.indexOf(values[i]) === i) bump(map, values[i]);
}

/** The facts that come from the documents themselves (not from `_authors/`, `_data/` or `_layouts/`). */
export type DocumentFacts = Omit<SiteFacts, keyof Registries | 'siteDocuments'>;

/** Builds the site-wide facts from every document's front matter, in one pass. */
export function factsFromDocuments(documents: Iterable<FactsDocument>, registries: Registries): SiteFacts {
  return { ...documentFacts(documents), ...registries };
}

/** The facts documents give, counted in one pass. */
export function documentFacts(documents: Iterable<FactsDocument>): DocumentFacts {
  const tags = new Map<string, number>();
  const categories = new Map<string, number>();
  const languages = new Map<string, number>();
  const keys = new Map<string, number>();
  const authorsStyle = { list: 0, string: 0 };
  const trailingSlash = { slash: 0, noSlash: 0 };
  let postCount = 0;
  let postsWithLang = 0;
  for (const doc of documents) {
    // Language versions kept in a collection of their own (`_cn/` with `lang: zh`) are the site's languages too.
    if (doc.info.kind === 'collection' && doc.data && typeof doc.data.lang === 'string' && doc.data.lang && doc.info.collection !== 'authors') bump(languages, doc.data.lang);
    if (doc.info.kind !== 'post' || !doc.data) continue;
    postCount++;
    const data = doc.data;
    bumpEach(tags, jekyllTags(data));
    bumpEach(categories, pluralizedArray(data, 'category', 'categories').map(rubyToS));
    if (typeof data.lang === 'string' && data.lang) {
      postsWithLang++;
      bump(languages, data.lang);
    }
    const own = doc.own ?? data;
    for (const key in own) bump(keys, key);
    const authors = own.authors;
    if (Array.isArray(authors)) authorsStyle.list++;
    else if (typeof authors === 'string') authorsStyle.string++;
    const permalink = own.permalink;
    if (typeof permalink === 'string' && !/\.[a-z0-9]+$/i.test(permalink) && !permalink.endsWith(':output_ext')) {
      if (permalink.endsWith('/')) trailingSlash.slash++;
      else trailingSlash.noSlash++;
    }
  }
  return { postCount, tags, categories, languages, postsWithLang, keys, authorsStyle, trailingSlash };
}

/** Every document's URL, output and translation keys, from texts already read (paths relative to the root). */
export function siteDocumentsFrom(
  documents: Iterable<{ readonly path: string; readonly text: string; readonly frontMatter?: ParsedFrontMatter }>,
  paths: Iterable<string>,
  config: SiteConfig,
  model: ModelSettings,
): SiteDocuments {
  const all = new Map<string, DocSummary>();
  for (const doc of documents) {
    const verdict = documentVerdict(doc.path, doc.text, config, model, undefined, doc.frontMatter);
    if (verdict) all.set(doc.path, summarize(verdict));
  }
  return { version: 1, all, files: new Set(paths) };
}
