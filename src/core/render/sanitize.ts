/**
 * The post is untrusted: its rendered HTML keeps only an allowlist of elements and attributes. No
 * script, event handler, `javascript:` URL, frame, object or `<style>` survives; the webview's
 * Content-Security-Policy is the second wall. URLs of images and links can be rewritten on the way
 * (site-root paths to the workspace). What is inert stays, so the preview shows what `render`
 * prints: an element no HTML, SVG or MathML standard knows (`<ip>`, a custom element) keeps its tag
 * with the global attributes only, an HTML comment whose text holds no `<`, `>` or quote stays, and
 * a link keeps a URL of any scheme but those that run code or reach the machine (`javascript:`,
 * `data:`, `file:`, `command:`...): the preview's click handler opens only http(s) and mailto
 * outside, any other link is looked up as a site URL (`localhost:8080` stays written as the post has it).
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

/** Every element name HTML (current and obsolete), SVG and MathML define: none of them is "unknown". */
const KNOWN_ELEMENTS = new Set(
  (
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br button canvas caption center cite code col colgroup command content data datalist dd del details dfn dialog dir div dl dt element em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins isindex kbd keygen label legend li link listing main map mark marquee menu menuitem meta meter multicol nav nextid nobr noembed noframes noscript object ol optgroup option output p param picture plaintext portal pre progress q rb rp rt rtc ruby s samp script search section select shadow slot small source spacer span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp ' +
    'svg animate animatemotion animatetransform circle clippath cursor defs desc discard ellipse feblend fecolormatrix fecomponenttransfer fecomposite feconvolvematrix fediffuselighting fedisplacementmap fedistantlight fedropshadow feflood fefunca fefuncb fefuncg fefuncr fegaussianblur feimage femerge femergenode femorphology feoffset fepointlight fespecularlighting fespotlight fetile feturbulence filter font-face font-face-format font-face-name font-face-src font-face-uri foreignobject g glyph glyphref hatch hatchpath hkern line lineargradient marker mask mesh meshgradient meshpatch meshrow metadata missing-glyph mpath path pattern polygon polyline radialgradient rect set solidcolor stop switch symbol text textpath tref tspan unknown use view vkern ' +
    'math maction annotation annotation-xml menclose merror mfenced mfrac mglyph mi mlabeledtr mlongdiv mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mscarries mscarry msgroup msline mspace msqrt msrow mstack mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none semantics'
  ).split(' '),
);

/** The tags of `html` that name no standard element: inert, so kept. */
function unknownElements(html: string): string[] {
  const names = new Set<string>();
  for (const m of html.matchAll(/<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/g)) {
    const name = m[1].toLowerCase();
    if (!KNOWN_ELEMENTS.has(name)) names.add(name);
  }
  return [...names];
}

/** A comment that cannot end early or carry markup (`--!>`, a tag, a quote that could close an attribute). */
const INERT_COMMENT = /<!--(?!>|->)((?:(?!--!)[^<>"'`])*?)-->/g;
const COMMENT_MARK = /\uE020(\d+)\uE021/g;

/** Schemes a link never keeps: they run code, read the machine, or reach the editor or the OS. */
const DANGEROUS_SCHEMES = /^(?:javascript|vbscript|livescript|mocha|data|file|blob|filesystem|jar|view-source|about|chrome|chrome-extension|command|vscode|vscode-insiders|vscode-file|vscode-webview|ms-[\w.+-]*|search-ms|search)$/;

/** The schemes of the post's links that are not dangerous. */
function linkSchemes(html: string): string[] {
  const schemes = new Set<string>();
  for (const m of html.matchAll(/\shref\s*=\s*["']?([a-zA-Z][a-zA-Z0-9.+-]*):/g)) {
    const scheme = m[1].toLowerCase();
    if (!DANGEROUS_SCHEMES.test(scheme)) schemes.add(scheme);
  }
  return [...schemes];
}

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
  // Inert comments are set aside and put back: sanitize-html drops every comment.
  const comments: string[] = [];
  const marked = /[\uE020\uE021]/.test(withoutFrames)
    ? withoutFrames
    : withoutFrames.replace(INERT_COMMENT, (comment) => `\uE020${comments.push(comment) - 1}\uE021`);
  const clean = sanitizeHtml(marked, {
    ...OPTIONS,
    allowedTags: [...ALLOWED_TAGS, ...unknownElements(withoutFrames)],
    allowedSchemesByTag: { ...(OPTIONS.allowedSchemesByTag as Record<string, string[]>), a: [...(OPTIONS.allowedSchemes as string[]), ...linkSchemes(withoutFrames)] },
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
  return comments.length ? clean.replace(COMMENT_MARK, (_, i: string) => comments[Number(i)]) : clean;
}
