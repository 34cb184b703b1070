// The one way Markdown becomes HTML on the site: marked renders, sanitize-html keeps only what
// ordinary Markdown produces. Editors paste from Word, web pages and e-mails; whatever they paste,
// the result carries no script, no event handler, no style, no form and no frame.
import { defuseMarkdown, plainBlockPlaceholder } from '@skb/content-types';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** HTML that came out of `renderMarkdown`; the only string `set:html` may take. */
export type SafeHtml = string & { readonly __safeHtml: true };

export interface MarkdownOptions {
  /**
   * The lowest heading level the text may use. The page has its own `h1` and section `h2`s, so a
   * body's `# Heading` becomes `h2` (or lower, for text nested under an `h3`). Levels are raised, never lowered.
   */
  minHeadingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Public address of the CMS: `/uploads/…` paths from Strapi's media library point there. */
  mediaBaseUrl?: string;
  /**
   * Origins images may load from. Any other image becomes a link to it, so a reader's browser never
   * contacts a third party just by opening the page.
   */
  imageOrigins?: readonly string[];
  /** Text before an image's description when it is shown as a link ("Bild"). */
  imageLinkLabel?: string;
  /** Name of a scrollable table region for screen readers ("Tabell"). */
  tableLabel?: string;
}

const marked = new Marked({ gfm: true, breaks: false, async: false });

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const ALLOWED_TAGS = [
  ...HEADINGS,
  'p',
  'br',
  'hr',
  'strong',
  'b',
  'em',
  'i',
  'del',
  's',
  'sup',
  'sub',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

// Tags whose content is dropped with them: what is inside a script, style or frame is never text a
// reader should see.
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'title',
  'head',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
];

/** Turns a path from Strapi's media library into an address on the CMS. */
function mediaUrl(src: string, mediaBaseUrl: string | undefined): string {
  if (mediaBaseUrl && src.startsWith('/uploads/')) return `${mediaBaseUrl.replace(/\/+$/, '')}${src}`;
  return src;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * marked's HTML for `source`, in time proportional to its size: nesting is bounded and very long
 * blocks are shown as escaped text (content-types' defuseMarkdown). Should marked still run out of
 * stack, the whole text is shown as escaped paragraphs rather than failing the build.
 */
function parseBounded(source: string): string {
  const { markdown, plainBlocks } = defuseMarkdown(source);
  let html: string;
  try {
    html = marked.parse(markdown, { async: false });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return source
      .split(/\n[ \t]*\n/)
      .map((block) => `<p>${escapeHtml(block)}</p>`)
      .join('\n');
  }
  return plainBlocks.reduce(
    (result, block, index) => result.replace(plainBlockPlaceholder(index), () => escapeHtml(block)),
    html,
  );
}

/** Renders Markdown to HTML that is safe to put in a page as it is. Empty input gives an empty string. */
export function renderMarkdown(source: string | null | undefined, options: MarkdownOptions = {}): SafeHtml {
  if (!source?.trim()) return '' as SafeHtml;
  const minLevel = options.minHeadingLevel ?? 2;
  const imageOrigins = new Set((options.imageOrigins ?? []).map(originOf).filter((o): o is string => Boolean(o)));
  const mediaOrigin = options.mediaBaseUrl ? originOf(options.mediaBaseUrl) : undefined;
  if (mediaOrigin) imageOrigins.add(mediaOrigin);

  const headingTransforms = Object.fromEntries(
    HEADINGS.map((tag, index) => [tag, `h${Math.max(index + 1, minLevel)}`]),
  );

  const rendered = parseBounded(source);
  const clean = sanitizeHtml(rendered, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'loading', 'decoding'],
      ol: ['start'],
      th: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
      td: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
      code: ['class'],
    },
    allowedClasses: { code: [/^language-[a-z0-9_+-]{1,30}$/] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    parseStyleAttributes: false,
    enforceHtmlBoundary: false,
    transformTags: {
      ...headingTransforms,
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.href ? { href: mediaUrl(attribs.href, options.mediaBaseUrl) } : {}) },
      }),
      img: (_tagName, attribs) => {
        const src = mediaUrl(attribs.src ?? '', options.mediaBaseUrl);
        const origin = originOf(src);
        if (origin && imageOrigins.has(origin)) {
          const kept: Record<string, string> = { src, alt: attribs.alt ?? '', loading: 'lazy', decoding: 'async' };
          if (attribs.title) kept.title = attribs.title;
          return { tagName: 'img', attribs: kept };
        }
        const label = options.imageLinkLabel ?? 'Bild';
        const description = attribs.alt?.trim() || attribs.title?.trim() || src;
        return { tagName: 'a', attribs: { href: src }, text: `${label}: ${description}` };
      },
    },
  });
  // Wide tables scroll inside their own region; a keyboard user reaches it with Tab. The sanitiser
  // leaves `<table>` without attributes, so the exact tag is all there is to match.
  const label = (options.tableLabel ?? 'Tabell').replace(/[<>"&]/g, '');
  const withTables = clean
    .replaceAll('<table>', `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}"><table>`)
    .replaceAll('</table>', '</table></div>');
  return withTables as SafeHtml;
}
