/** `site.data`: the files of `_data` (YAML, JSON, CSV, TSV), read through the host's file system. */
import { followedKind, linkPolicy, SiteFileSystem } from '../fs';
import { join } from '../paths';
import { SiteConfig, truthy } from '../site/config';
import { parseYamlText } from '../site/frontMatter';

const MAX_FILES = 2000;
const MAX_BYTES = 5 * 1024 * 1024;

/** Parses CSV or TSV (quoted fields, doubled quotes) into rows of fields. */
export function parseDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function table(text: string, separator: string): Record<string, string>[] {
  const [header, ...rows] = parseDelimited(text, separator);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Reads `site.data` (nested folders become nested maps). */
export async function loadSiteData(fs: SiteFileSystem, root: string, config: SiteConfig): Promise<Record<string, unknown>> {
  const dirSetting = config.raw.data_dir;
  const dir = join(root, typeof dirSetting === 'string' && dirSetting ? dirSetting : '_data');
  let budget = MAX_FILES;
  const links = await linkPolicy(fs, root, truthy(config.raw.safe));
  const read = async (folder: string, depth: number): Promise<Record<string, unknown>> => {
    const out: Record<string, unknown> = {};
    const entries = await fs.readDirectory(folder);
    for (const e of entries ?? []) {
      if (e.name.startsWith('.') || budget <= 0) continue;
      const path = join(folder, e.name);
      const kind = followedKind(e, links);
      if (kind === 'directory') {
        if (depth < 8) out[e.name] = await read(path, depth + 1);
        continue;
      }
      if (kind !== 'file') continue;
      const m = /^(.*)\.(ya?ml|json|csv|tsv)$/i.exec(e.name);
      if (!m) continue;
      budget--;
      const bytes = await fs.readFile(path);
      if (!bytes || bytes.length > MAX_BYTES) continue;
      const text = new TextDecoder().decode(bytes);
      const ext = m[2].toLowerCase();
      try {
        if (ext === 'json') out[m[1]] = JSON.parse(text);
        else if (ext === 'csv') out[m[1]] = table(text, ',');
        else if (ext === 'tsv') out[m[1]] = table(text, '\t');
        else {
          const parsed = parseYamlText(text);
          out[m[1]] = parsed.data ?? parseYamlList(text);
        }
      } catch {
        // A broken data file is Jekyll's error to report; the preview goes on without it.
      }
    }
    return out;
  };
  return read(dir, 0);
}

/** A YAML file whose top level is a list (parseYamlText reads mappings only). */
function parseYamlList(text: string): unknown {
  const wrapped = parseYamlText(`list:\n${text.split('\n').map((l) => `  ${l}`).join('\n')}`);
  return wrapped.data?.list;
}
