/**
 * The card above the preview: what readers and Jekyll see of the post besides its body. A model
 * (for tests and other hosts) and its HTML, with every string from `msg()` so hosts translate it.
 */
import { Message, msg } from '../messages';
import { strftime, xmlschema } from '../site/strftime';
import { escapeHtml } from './highlight';
import type { TranslationLink } from './translation';

export type UrlStatus = 'ok' | 'conflict' | 'lang-mismatch' | 'invalid' | 'unpublished';

export interface HeaderAuthor {
  readonly login: string;
  readonly name?: string;
  /** An image URL (already usable in the page), if the site gives one. */
  readonly avatar?: string;
  /** Whether the site's author registry knows this login. */
  readonly known: boolean;
}

export interface HeaderModel {
  readonly title: string;
  readonly date?: {
    readonly epochSeconds: number;
    readonly timezone: string;
    /** `4 June 2014` in English, the locale's long date otherwise. */
    readonly text: string;
    readonly time: string;
    readonly iso: string;
    readonly source: string;
  };
  readonly dateError?: string;
  readonly authors: readonly HeaderAuthor[];
  readonly tags: readonly string[];
  readonly categories: readonly string[];
  readonly lang?: string;
  readonly words: number;
  readonly readingMinutes: number;
  readonly excerpt?: string;
  readonly excerptFrom?: 'front matter' | 'content';
  readonly url: {
    readonly status: UrlStatus;
    readonly url?: string;
    readonly message?: Message;
    /** For a conflict: the other files with this URL, relative to the site root. */
    readonly others?: readonly string[];
  };
  readonly translations: readonly TranslationLink[];
  readonly draft?: boolean;
}

const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The date as a reader sees it: `4 June 2014` (Jekyll's `%-d %B %Y`) in English, the locale's long date otherwise. */
export function formatDate(epochSeconds: number, timezone: string, locale = 'en'): { text: string; time: string; iso: string } {
  let text = strftime('%-d %B %Y', epochSeconds, timezone);
  if (!/^en\b/i.test(locale)) {
    try {
      text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: timezone }).format(new Date(epochSeconds * 1000));
    } catch {
      // keep the English form
    }
  }
  return { text, time: strftime('%H:%M', epochSeconds, timezone), iso: xmlschema(epochSeconds, timezone) };
}

export function languageName(code: string, locale = 'en'): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

function initials(name: string): string {
  return name
    .split(/[\s._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The card's HTML; `t` puts a message in the user's language. */
export function headerHtml(model: HeaderModel, t: (message: Message) => string, locale = 'en'): string {
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<header class="jp-card" data-line="0">`);
  parts.push(`<h1 class="jp-title">${e(model.title)}</h1>`);
  const meta: string[] = [];
  if (model.date) {
    meta.push(`<time class="jp-date" datetime="${e(model.date.iso)}" title="${e(t(msg('Date as Jekyll reads it, in {0}', model.date.timezone)))}">${e(model.date.text)}<span class="jp-time"> · ${e(model.date.time)}</span></time>`);
  } else if (model.dateError) {
    meta.push(`<span class="jp-date jp-bad">${e(t(msg('Invalid date: {0}', model.dateError)))}</span>`);
  }
  if (model.authors.length) {
    const authors = model.authors
      .map((a) => {
        const label = a.name ?? a.login;
        const avatar = a.avatar ? `<img class="jp-avatar" src="${e(a.avatar)}" alt="">` : `<span class="jp-avatar jp-initials" aria-hidden="true">${e(initials(label))}</span>`;
        return `<span class="jp-author${a.known ? '' : ' jp-unknown'}" title="${e(a.known ? a.login : t(msg('Unknown author `{0}`', a.login)))}">${avatar}${e(label)}</span>`;
      })
      .join('');
    meta.push(`<span class="jp-authors">${authors}</span>`);
  }
  if (model.lang) meta.push(`<span class="jp-lang" title="${e(languageName(model.lang, locale))}">${e(model.lang)}</span>`);
  meta.push(`<span class="jp-reading">${e(t(msg('{0} min read', model.readingMinutes)))}</span>`);
  if (model.draft) meta.push(`<span class="jp-draft">${e(t(msg('Draft')))}</span>`);
  parts.push(`<div class="jp-meta">${meta.join('')}</div>`);

  const status = model.url.status;
  const statusText =
    status === 'ok'
      ? t(msg('OK'))
      : status === 'conflict'
        ? t(msg('Conflict'))
        : status === 'lang-mismatch'
          ? t(msg('Language mismatch'))
          : status === 'unpublished'
            ? t(msg('Not published'))
            : t(msg('Invalid'));
  const detail = model.url.message ? `<span class="jp-url-detail">${e(t(model.url.message))}</span>` : '';
  const others = (model.url.others ?? []).map((o) => `<a class="jp-file-link" href="#" data-action="openFile" data-path="${e(o)}">${e(o)}</a>`).join(', ');
  parts.push(
    `<div class="jp-url jp-url-${status}" data-status="${status}"><span class="jp-label">${e(t(msg('URL')))}</span><code class="jp-url-value">${e(model.url.url ?? '—')}</code><span class="jp-badge">${e(statusText)}</span>${detail}${others ? `<span class="jp-url-others">${others}</span>` : ''}</div>`,
  );

  const chips = (items: readonly string[], kind: string): string => items.map((i) => `<span class="jp-chip jp-${kind}">${e(i)}</span>`).join('');
  if (model.categories.length || model.tags.length) {
    parts.push(
      `<div class="jp-taxonomy">${model.categories.length ? `<span class="jp-label">${e(t(msg('Categories')))}</span>${chips(model.categories, 'category')}` : ''}${model.tags.length ? `<span class="jp-label">${e(t(msg('Tags')))}</span>${chips(model.tags, 'tag')}` : ''}</div>`,
    );
  }
  if (model.excerpt) {
    const from = model.excerptFrom === 'front matter' ? t(msg('Excerpt (front matter)')) : t(msg('Excerpt (computed by Jekyll)'));
    parts.push(`<p class="jp-excerpt"><span class="jp-label">${e(from)}</span> ${e(model.excerpt)}</p>`);
  }
  if (model.translations.length) {
    const links = model.translations.map((tr) => {
      const name = languageName(tr.lang, locale);
      return tr.status === 'found'
        ? `<a class="jp-translation" href="#" data-action="openFile" data-path="${e(tr.relativePath ?? '')}" title="${e(tr.relativePath ?? '')}">${e(t(msg('{0} version: {1}', name, tr.title ?? tr.relativePath ?? '')))}</a>`
        : `<button class="jp-create-translation" data-action="createTranslation" data-lang="${e(tr.lang)}">${e(t(msg('Create the {0} version', name)))}</button>`;
    });
    parts.push(`<div class="jp-translations">${links.join('')}</div>`);
  }
  parts.push('</header>');
  return parts.join('');
}
