// Markdown to plain text for the index, through marked's lexer: the text of headings, paragraphs,
// lists, tables, link texts and image descriptions, without markup, addresses or raw HTML.
import { defuseMarkdown, plainBlockPlaceholder } from '@skb/content-types';
import { marked, type Token, type Tokens } from 'marked';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** marked leaves character references in text tokens as written (`&amp;`); a searcher types `&`. */
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

function collect(tokens: readonly Token[], out: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'html':
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'br':
        out.push('\n');
        break;
      case 'text':
      case 'escape':
      case 'codespan':
        if ('tokens' in token && token.tokens?.length) collect(token.tokens, out);
        else out.push(decodeEntities(token.text));
        break;
      case 'code':
        out.push(`${token.text}\n`);
        break;
      case 'image':
        out.push(decodeEntities(token.text));
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) {
          collect(item.tokens, out);
          out.push('\n');
        }
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          for (const cell of row) {
            collect(cell.tokens, out);
            out.push(' ');
          }
          out.push('\n');
        }
        break;
      }
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) collect(token.tokens, out);
        else if ('text' in token && typeof token.text === 'string') out.push(decodeEntities(token.text));
    }
    if (token.type === 'heading' || token.type === 'paragraph' || token.type === 'blockquote') out.push('\n');
  }
}

/** Plain text of a Markdown string: `## Vad **stämman** ger` → `Vad stämman ger`. */
export function markdownToText(markdown: string | null | undefined): string {
  if (!markdown) return '';
  // Bounded nesting and block size (see content-types' defuseMarkdown): a Markdown bomb in one entry
  // must not stall or crash the sync; long blocks are indexed as they are written.
  const { markdown: bounded, plainBlocks } = defuseMarkdown(markdown);
  const out: string[] = [];
  collect(marked.lexer(bounded), out);
  return plainBlocks
    .reduce((text, block, index) => text.replace(plainBlockPlaceholder(index), () => block), out.join(''))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
