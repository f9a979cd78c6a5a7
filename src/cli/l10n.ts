import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CLI speaks the user's language from LC_ALL / LC_MESSAGES / LANG, with the extension's bundles. */
export function loadTranslations(env: NodeJS.ProcessEnv = process.env): (template: string) => string {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  const language = /^[a-z]{2}/.exec(locale)?.[0];
  if (!language || language === 'en') return (t) => t;
  try {
    const bundle = JSON.parse(readFileSync(join(__dirname, '..', 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string | { message: string }>;
    return (t) => {
      const entry = bundle[t];
      return typeof entry === 'string' ? entry : entry?.message ?? t;
    };
  } catch {
    return (t) => t;
  }
}
