import { msg } from '../../messages';
import { computePermalink } from '../../site/permalink';
import { rawLike, replaceValue } from '../edits';
import { field, isRawPage } from '../ruleUtils';
import { FindingDraft, Rule } from '../types';

/**
 * A front matter permalink Jekyll rejects (an unknown `:placeholder` stops the build), or one that
 * works but makes a poor URL: spaces, capitals, non-ASCII, no leading `/`, `//`, or a trailing
 * slash style other than the site's.
 */
export const permalinkInvalid: Rule = {
  id: 'permalink-invalid',
  defaultSeverity: 'warning',
  check(context, report) {
    const f = field(context, 'permalink');
    if (!f || typeof f.value !== 'string') return;
    const value = f.value;
    // Where the value's characters are written (found only to report): inside the quotes, when the
    // text between them is the value itself; otherwise the whole value.
    const at = (index: number, length: number): { start: number; end: number } => {
      const inner = f.written.replace(/^(['"])(.*)\1$/s, '$2');
      const offset = f.valueRange.start + (f.written.length - inner.length === 2 ? 1 : 0);
      return inner === value ? { start: offset + index, end: offset + index + length } : f.valueRange;
    };
    const fix = (title: ReturnType<typeof msg>, next: string): FindingDraft['fixes'] => [{ title, edits: [replaceValue(f, rawLike(f.style, next))], preferred: true }];

    // Only a post's or a collection document's `:placeholder` can be unknown: a page's are replaced
    // or kept as written, and a permalink without `:` has none. Jekyll reads the front matter's
    // permalink here, never the site's.
    const result = computePermalink({
      kind: context.document.kind,
      relativePath: context.document.relativePath,
      collection: context.document.collection,
      collectionsDir: context.config.collectionsDir,
      data: context.effective,
      sitePermalink: context.config.permalink,
      epochSeconds: 0,
      timezone: 'UTC',
      markdownExtensions: context.config.markdownExtensions,
    });
    if (!result.ok && result.error === 'unknown-placeholder') {
      // The first name Jekyll tried, as written in this permalink (the template it read).
      const name = result.key!.split(' or ')[0];
      report({
        severity: 'error',
        range: at(value.indexOf(`:${name}`), name.length + 1),
        message: msg('Jekyll has no `:{0}` placeholder and stops the whole build on this permalink.', name),
      });
      return;
    }
    // The style points below concern URLs the site chooses; a raw page (a redirect stub) keeps one it cannot change.
    if (isRawPage(context)) return;
    if (/\s/.test(value)) {
      const next = value.trim().replace(/\s+/g, '-');
      report({ range: at(value.search(/\s/), 1), message: msg('This permalink has spaces; they become `%20` in the URL.'), fixes: fix(msg('Replace spaces with hyphens'), next) });
    }
    // Placeholders are lower case (`:[a-z_]+`): any capital is in the URL's own text.
    if (/[A-Z]/.test(value)) {
      report({ range: at(value.search(/[A-Z]/), 1), message: msg('This permalink has capital letters; URLs are case-sensitive on most servers.'), fixes: fix(msg('Use lower case'), value.replace(/[A-Z]/g, (s) => s.toLowerCase())) });
    }
    const nonAscii = value.search(/[^\x00-\x7f]/);
    if (nonAscii >= 0) {
      report({ range: at(nonAscii, 1), message: msg('This permalink has characters outside ASCII; they are percent-encoded in the URL.') });
    }
    // Jekyll adds it (URL#sanitize_url): the page's URL is the same, only `page.permalink` differs,
    // so it is worth a word only where the site's templates read `permalink` (or where nobody looked).
    const permalinkRead = context.site?.templateKeys?.has('permalink') ?? true;
    if (!value.startsWith('/') && !value.startsWith(':') && permalinkRead) {
      // The templates that read it may compare it as written (`node.permalink == "about/"`): never without asking.
      const add = fix(msg('Add the leading `/`'), `/${value}`)![0];
      report({ severity: 'info', range: at(0, 1), message: msg('This permalink does not start with `/`; Jekyll adds it, but templates that print `page.permalink` get it without.'), fixes: [{ ...add, askFirst: msg('the site’s templates read `permalink` as written') }] });
    }
    const doubled = value.indexOf('//');
    if (doubled >= 0 && !/^[a-z]+:\/\//i.test(value)) {
      report({ range: at(doubled, 2), message: msg('This permalink has `//`; Jekyll squeezes it to `/`.'), fixes: fix(msg('Use a single `/`'), value.replace(/\/{2,}/g, '/')) });
    }
    const style = context.site?.trailingSlash;
    if (style && !/\.[a-z0-9]+$/i.test(value) && !value.endsWith(':output_ext')) {
      const slash = value.endsWith('/');
      // The other posts' habit: this post's own permalink is counted in the site's figures.
      const withSlash = style.slash - (slash ? 1 : 0);
      const without = style.noSlash - (slash ? 0 : 1);
      const total = withSlash + without;
      if (total >= 3) {
        if (!slash && withSlash >= total * 0.75) {
          report({ range: at(value.length - 1, 1), message: msg('Most of the site’s permalinks end with `/`; this one does not.'), fixes: fix(msg('Add the trailing `/`'), `${value}/`) });
        } else if (slash && value !== '/' && without >= total * 0.75) {
          report({ range: at(value.length - 1, 1), message: msg('Most of the site’s permalinks do not end with `/`; this one does.'), fixes: fix(msg('Remove the trailing `/`'), value.replace(/\/+$/, '')) });
        }
      }
    }
  },
};
