/**
 * The parts of a page the layouts wrote that the preview's frame takes apart: the stylesheets it
 * links (in order), its inline `<style>` blocks, the `<body>`'s class and inner HTML, and how many
 * scripts it holds (none runs: the body is sanitized and the frame's CSP allows only our script).
 */
export interface SiteDocument {
  /** `href`s of `<link rel="stylesheet">`, head and body, in order. */
  readonly stylesheets: readonly string[];
  /** Texts of `<style>` elements. */
  readonly styles: readonly string[];
  readonly bodyClass?: string;
  readonly lang?: string;
  /** What is inside `<body>` (the whole page when it has no `<body>`); unsafe until sanitized. */
  readonly body: string;
  /** `<script>` elements of the page. */
  readonly scripts: number;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Takes a page apart (a tolerant scan, as a browser would read a well-formed layout). */
export function splitSiteDocument(html: string): SiteDocument {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const stylesheets: string[] = [];
  for (const m of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(m[0], 'href');
    if (rel.includes('stylesheet') && !rel.includes('alternate') && href) stylesheets.push(href);
  }
  const styles = [...withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
  const scripts = [...withoutComments.matchAll(/<script\b/gi)].length;
  const lang = /<html\b[^>]*>/i.exec(withoutComments)?.[0];
  const open = /<body\b[^>]*>/i.exec(html);
  let body = html;
  let bodyClass: string | undefined;
  if (open) {
    const close = html.toLowerCase().lastIndexOf('</body');
    body = html.slice(open.index + open[0].length, close > open.index ? close : html.length);
    bodyClass = attribute(open[0], 'class');
  } else {
    body = html.replace(/<head\b[\s\S]*?<\/head\s*>/i, '').replace(/<\/?html\b[^>]*>|<!DOCTYPE[^>]*>/gi, '');
  }
  return { stylesheets, styles, bodyClass, lang: lang ? attribute(lang, 'lang') : undefined, body, scripts };
}
