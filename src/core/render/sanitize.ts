/**
 * The post is untrusted: its rendered HTML keeps only an allowlist of elements and attributes. No
 * script, event handler, `javascript:` URL, frame, object or `<style>` survives; the webview's
 * Content-Security-Policy is the second wall. URLs of images and links can be rewritten on the way
 * (site-root paths to the workspace).
 */
import sanitizeHtml from 'sanitize-html';

export interface SanitizeOptions {
  /** Rewrites a URL (`img` sources, media sources, link targets); undefined keeps it. */
  readonly resolveUrl?: (url: string, kind: 'resource' | 'link') => string | undefined;
  /** Marks a link or an image by its URL as written (a broken link): a class added and a title set. */
  readonly markUrl?: (url: string, kind: 'resource' | 'link') => { readonly className: string; readonly title: string } | undefined;
}

const SVG_TAGS = ['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan', 'defs', 'lineargradient', 'radialgradient', 'stop', 'title', 'desc', 'clippath', 'mask', 'symbol', 'use', 'marker', 'pattern'];
const SVG_ATTRS = ['viewbox', 'viewBox', 'xmlns', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'points', 'width', 'height', 'transform', 'opacity', 'fill-opacity', 'stroke-opacity', 'offset', 'stop-color', 'stop-opacity', 'font-size', 'font-family', 'text-anchor', 'preserveaspectratio', 'preserveAspectRatio', 'gradientunits', 'gradientUnits', 'clip-path', 'fill-rule', 'clip-rule'];

const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
  'section', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'track', 'u', 'ul', 'var', 'wbr', 'video', 'audio', 'center', 'font', 'big', 'tt', 'input',
  ...SVG_TAGS,
];

const GLOBAL_ATTRS = ['class', 'id', 'title', 'lang', 'dir', 'style', 'role', 'data-line', 'data-lang', 'data-notice', 'aria-*', 'align', 'hidden'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    '*': GLOBAL_ATTRS,
    a: ['href', 'name', 'target', 'rel', 'hreflang'],
    img: ['src', 'srcset', 'alt', 'width', 'height', 'loading', 'sizes', 'rel', 'target'],
    source: ['src', 'srcset', 'type', 'media', 'sizes'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'loop', 'muted', 'playsinline', 'preload'],
    audio: ['src', 'controls', 'loop', 'muted', 'preload'],
    track: ['src', 'kind', 'srclang', 'label', 'default'],
    td: ['colspan', 'rowspan', 'headers', 'valign', 'width'],
    th: ['colspan', 'rowspan', 'headers', 'scope', 'valign', 'width'],
    col: ['span', 'width'],
    colgroup: ['span', 'width'],
    ol: ['start', 'type', 'reversed'],
    ul: ['type'],
    li: ['value'],
    table: ['border', 'cellpadding', 'cellspacing', 'width', 'summary'],
    time: ['datetime'],
    data: ['value'],
    q: ['cite'],
    blockquote: ['cite'],
    del: ['cite', 'datetime'],
    ins: ['cite', 'datetime'],
    details: ['open'],
    font: ['color', 'face', 'size'],
    input: ['type', 'checked', 'disabled'],
    ...Object.fromEntries(SVG_TAGS.map((t) => [t, SVG_ATTRS])),
    use: [...SVG_ATTRS, 'href'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel', 'vscode-resource', 'vscode-webview-resource'],
  allowedSchemesByTag: { img: ['http', 'https', 'data', 'vscode-resource', 'vscode-webview-resource'], source: ['http', 'https', 'data', 'vscode-resource', 'vscode-webview-resource'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster', 'srcset'],
  allowProtocolRelative: false,
  // script, style, textarea... are dropped with their content; other unknown elements keep their text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'embed', 'template', 'frameset', 'frame', 'noembed', 'xmp', 'math', 'applet'],
  disallowedTagsMode: 'discard',
  parser: { lowerCaseAttributeNames: false },
  // Every declaration was allowed already; unparsed, a style keeps the spelling the site writes.
  parseStyleAttributes: false,
};

const EMBED_NOTICE = (src: string): string => `<div class="jp-embed">${src ? `<a href="${src.replace(/"/g, '&quot;')}">${src.replace(/</g, '&lt;')}</a>` : ''}</div>`;

/** Keeps the safe part of rendered HTML. */
export function sanitize(html: string, options: SanitizeOptions = {}): string {
  const resolve = options.resolveUrl;
  const markUrl = options.markUrl;
  const rewrite = (attribs: sanitizeHtml.Attributes, name: string, kind: 'resource' | 'link'): sanitizeHtml.Attributes => {
    if (attribs[name] === undefined) return attribs;
    const mark = markUrl?.(attribs[name], kind);
    const marked = mark ? { ...attribs, class: attribs.class ? `${attribs.class} ${mark.className}` : mark.className, title: mark.title } : attribs;
    const resolved = resolve?.(attribs[name], kind);
    return resolved === undefined ? marked : { ...marked, [name]: resolved };
  };
  // Frames are replaced by a link to what they would show (their content would run outside our CSP's reach).
  const withoutFrames = html.replace(/<(iframe|embed|object)\b([^>]*)>/gi, (_, tag: string, attrs: string) => {
    const src = /\b(?:src|data)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
    return `${EMBED_NOTICE(src)}<${tag}${attrs}>`;
  });
  return sanitizeHtml(withoutFrames, {
    ...OPTIONS,
    transformTags: resolve || markUrl
      ? {
          img: (tagName, attribs) => ({ tagName, attribs: rewrite(attribs, 'src', 'resource') }),
          source: (tagName, attribs) => ({ tagName, attribs: rewrite(attribs, 'src', 'resource') }),
          video: (tagName, attribs) => ({ tagName, attribs: rewrite(rewrite(attribs, 'src', 'resource'), 'poster', 'resource') }),
          audio: (tagName, attribs) => ({ tagName, attribs: rewrite(attribs, 'src', 'resource') }),
          a: (tagName, attribs) => ({ tagName, attribs: rewrite(attribs, 'href', 'link') }),
        }
      : undefined,
    exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
  });
}
