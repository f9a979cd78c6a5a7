import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, Message } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { effectiveFrontMatter, lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { classifyPath } from '../../src/core/site/post';
import { AuthorInfo } from '../../src/core/site/siteFacts';
import { factsFromDocuments, siteDocumentsFrom } from '../../src/core/site/siteScan';
import { applyEdits, slice } from './helpers';

/** One lint of one post inside a small imagined site. */
export interface SiteCase {
  readonly text: string;
  readonly path?: string;
  readonly config?: string;
  /** Other posts of the site: path → text. */
  readonly others?: Readonly<Record<string, string>>;
  readonly authors?: readonly string[];
  readonly layouts?: readonly string[];
  readonly now?: string;
  /** When the site index read the other documents (an editor open for days); `now` when unset. */
  readonly indexedAt?: string;
  readonly timezone?: string;
  readonly settings?: { languages?: string[]; requiredKeys?: string[] };
  /** Other files of the site (static files, pages) for `{% link %}`. */
  readonly files?: readonly string[];
  /** Keys the site's templates read (templateReads); unset: the host did not look. */
  readonly templateKeys?: readonly string[];
}

export const DEFAULT_POST = '_posts/2014-06-04-retours-sur-dotscale-2014.md';

export function lintCase(c: SiteCase, rule: string): Finding[] {
  const config = readConfig(c.config ?? 'title: Test\n');
  const path = c.path ?? DEFAULT_POST;
  const docs = [[path, c.text], ...Object.entries(c.others ?? {})].map(([p, text]) => {
    const info = classifyPath(p, config)!;
    const fm = parseFrontMatter(text);
    return { info, data: fm.data ? effectiveFrontMatter(info, config, fm) : undefined, own: fm.data };
  });
  const authors = new Map<string, AuthorInfo>((c.authors ?? []).map((login) => [login, { login, name: login.toUpperCase(), links: {}, file: `_authors/${login}.md` }]));
  const now = new Date(c.now ?? '2026-11-26T12:00:00Z');
  const timezone = c.timezone ?? 'Europe/Paris';
  const texts = [[path, c.text], ...Object.entries(c.others ?? {})].map(([p, text]) => ({ path: p, text }));
  const facts = {
    ...factsFromDocuments(docs, { authors, hasAuthorRegistry: c.authors !== undefined, layouts: c.layouts ? new Set(c.layouts) : undefined }),
    templateKeys: c.templateKeys ? new Set(c.templateKeys) : undefined,
    siteDocuments: siteDocumentsFrom(texts, [...texts.map((t) => t.path), ...(c.files ?? [])], config, { now: c.indexedAt ? new Date(c.indexedAt) : now, drafts: false, machineZone: timezone }),
  };
  const findings = lintDocument(
    { text: c.text, document: classifyPath(path, config)!, config },
    {
      site: facts,
      settings: {
        now,
        timezone,
        requiredKeys: c.settings?.requiredKeys ?? [],
        languages: c.settings?.languages,
      },
    },
  );
  // A rule that throws shows as an internal-error finding: no case may hide one by filtering.
  const crashed = findings.find((f) => f.rule === 'internal-error');
  if (crashed) throw new Error(`a rule failed on case ${path}: ${crashed.message.args.join(' ')}`);
  const own = findings.filter((f) => f.rule === rule);
  for (const f of own) assertTranslated(f);
  return own;
}

let french: ReadonlySet<string> | undefined;

/**
 * What a user reads of a finding (its message, its fixes' titles, its related places) is a sentence
 * of the catalog, translated in l10n/bundle.l10n.fr.json: never empty, never a template that lost
 * its text.
 */
export function assertTranslated(finding: Finding): void {
  french ??= new Set(Object.keys(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>));
  const check = (m: Message, where: string): void => {
    if (!french!.has(m.template)) throw new Error(`${finding.rule}: ${where} ${JSON.stringify(m.template)} is not a translated sentence of the catalog`);
    for (const a of m.args) if (typeof a === 'object') check(a, `${where} argument`);
  };
  check(finding.message, 'message');
  for (const fix of finding.fixes ?? []) check(fix.title, 'fix title');
  for (const r of finding.related ?? []) check(r.message, 'related message');
}

/** date-invalid on the default post with this `date:` (and `lang:`): each fix's title and the date line it writes. */
export function dateInvalidFixes(date: string, lang?: string): string[] {
  const text = `---\ntitle: A\n${lang ? `lang: ${lang}\n` : ''}date: ${date}\n---\n\nBody.\n`;
  const found = lintCase({ text }, 'date-invalid');
  assert.equal(found.length, 1, `one finding for ${date}`);
  assert.equal(slice(text, found[0].range), date);
  return (found[0].fixes ?? []).map((f) => `${formatMessage(f.title)} → ${applyEdits(text, f.edits).split('\n').find((l) => l.startsWith('date:'))}`);
}
