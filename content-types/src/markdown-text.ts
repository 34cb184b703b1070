// Markdown to plain text, through marked's lexer: the text of headings, paragraphs, lists, tables,
// link texts and image descriptions, without markup or raw HTML (an element such as <script> drops
// its content with it). One function for the search index, the site's feeds and descriptions, and
// the seed's PDFs; its options say how each wants the text laid out.
// Exported as `@skb/content-types/markdown-text`, never from the package root: browser bundles of
// the site that import the model do not pull in the Markdown parser.
import { marked, type Token, type Tokens } from 'marked';
import { defuseMarkdown, plainBlockPlaceholder } from './markdown-limits.ts';

export interface MarkdownTextOptions {
  /** Every run of white space as one space (descriptions, feeds); by default a line per block (the index). */
  oneLine?: boolean;
  /** An absolute link's address in brackets after its text (print, where a link cannot be followed). */
  linkAddresses?: boolean;
  /** One block's inline Markdown: block syntax (`1. `, `# `) stays text. */
  inline?: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** marked leaves character references in text tokens as written (`&amp;`); a reader sees `&`. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Inline elements whose content is never text a reader should see. */
const DROPPED_WITH_CONTENT =
  /^<(script|style|textarea|option|select|noscript|iframe|frame|frameset|object|embed|svg|math|template|title)\b/i;

class TextCollector {
  readonly out: string[] = [];
  /** The element whose content is being dropped, between its inline opening and closing tags. */
  private dropping: string | null = null;

  private readonly options: MarkdownTextOptions;

  constructor(options: MarkdownTextOptions) {
    this.options = options;
  }

  private push(text: string): void {
    if (!this.dropping) this.out.push(text);
  }

  private html(raw: string): void {
    if (this.dropping) {
      if (new RegExp(`^</${this.dropping}\\s*>`, 'i').test(raw.trim())) this.dropping = null;
      return;
    }
    const opened = DROPPED_WITH_CONTENT.exec(raw.trim());
    if (opened?.[1] && !/\/>$/.test(raw.trim()) && !new RegExp(`</${opened[1]}\\s*>`, 'i').test(raw)) {
      this.dropping = opened[1].toLowerCase();
    }
  }

  collect(tokens: readonly Token[]): void {
    for (const token of tokens) {
      switch (token.type) {
        case 'html':
          this.html(token.raw);
          break;
        case 'space':
        case 'hr':
        case 'def':
          break;
        case 'br':
          this.push('\n');
          break;
        case 'text':
        case 'escape':
        case 'codespan':
          if ('tokens' in token && token.tokens?.length) this.collect(token.tokens);
          else this.push(decodeEntities(token.text));
          break;
        case 'code':
          this.push(`${token.text}\n`);
          break;
        case 'image':
          this.push(decodeEntities(token.text));
          break;
        case 'link': {
          const link = token as Tokens.Link;
          this.collect(link.tokens);
          if (this.options.linkAddresses && /^https?:\/\//.test(link.href)) this.push(` (${link.href})`);
          break;
        }
        case 'list':
          for (const item of (token as Tokens.List).items) {
            this.collect(item.tokens);
            this.push('\n');
          }
          break;
        case 'table': {
          const table = token as Tokens.Table;
          for (const row of [table.header, ...table.rows]) {
            for (const cell of row) {
              this.collect(cell.tokens);
              this.push(' ');
            }
            this.push('\n');
          }
          break;
        }
        default:
          if ('tokens' in token && Array.isArray(token.tokens)) this.collect(token.tokens);
          else if ('text' in token && typeof token.text === 'string') this.push(decodeEntities(token.text));
      }
      if (token.type === 'heading' || token.type === 'paragraph' || token.type === 'blockquote') this.push('\n');
    }
  }
}

/**
 * Plain text of a Markdown string: `## Vad **stämman** ger` → `Vad stämman ger`. Markdown bombs (deep
 * nesting, a huge single block) are bounded first (`defuseMarkdown`): long blocks come out as written.
 */
export function markdownToText(markdown: string | null | undefined, options: MarkdownTextOptions = {}): string {
  if (!markdown?.trim()) return '';
  const { markdown: bounded, plainBlocks } = defuseMarkdown(markdown);
  const collector = new TextCollector(options);
  try {
    collector.collect(options.inline ? marked.Lexer.lexInline(bounded) : marked.lexer(bounded));
  } catch (error) {
    // Deeper than the stack allows in spite of the bounds: the text as written, a block per line.
    if (!(error instanceof RangeError)) throw error;
    collector.out.splice(0, collector.out.length, ...markdown.split(/\n[ \t]*\n/).map((block) => `${block}\n`));
  }
  const text = plainBlocks.reduce(
    (result, block, index) => result.replace(plainBlockPlaceholder(index), () => block),
    collector.out.join(''),
  );
  if (options.oneLine) return text.replace(/\s+/g, ' ').trim();
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
