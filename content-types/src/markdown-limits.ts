// Markdown that costs a parser more than its size: nesting thousands of levels deep (marked recurses
// once per level and runs out of stack) and enormous single blocks (inline emphasis and link parsing
// grow faster than linearly within a block). Real entries stay far inside these limits; a text past
// them is flattened or shown as plain text, never dropped and never allowed to stall a build.

/** Deepest blockquote or list nesting kept; deeper markers are removed from the line. */
export const MAX_MARKDOWN_NESTING = 16;
/** Leading spaces kept on a line (list nesting and indented code inside lists). */
const MAX_INDENT = MAX_MARKDOWN_NESTING * 4;
/** Characters in one block (between blank lines) that Markdown is parsed in; a longer block is text. */
export const MAX_MARKDOWN_BLOCK = 20_000;

export interface DefusedMarkdown {
  /** Markdown for the parser, with long blocks replaced by placeholders. */
  markdown: string;
  /** The text of each long block, by placeholder index, to be shown as plain text. */
  plainBlocks: string[];
}

/** The placeholder of a long block; letters only, so no Markdown syntax touches it. */
export const plainBlockPlaceholder = (index: number) => `SKBPLAINBLOCK${index}X`;

function flattenLine(line: string): string {
  const quote = line.match(/^(?:[ \t]{0,3}>)+/);
  if (quote) {
    const depth = (quote[0].match(/>/g) ?? []).length;
    if (depth > MAX_MARKDOWN_NESTING) line = `${'>'.repeat(MAX_MARKDOWN_NESTING)}${line.slice(quote[0].length)}`;
  }
  const indent = line.match(/^[ \t]*/)?.[0] ?? '';
  if (indent.length > MAX_INDENT) line = `${' '.repeat(MAX_INDENT)}${line.slice(indent.length)}`;
  return line;
}

/** Bounds nesting depth and block size so that parsing any text takes time in proportion to its size. */
export function defuseMarkdown(source: string): DefusedMarkdown {
  const plainBlocks: string[] = [];
  const blocks = source.split(/\n[ \t]*\n/).map((block) => {
    if (block.length <= MAX_MARKDOWN_BLOCK) return block.split('\n').map(flattenLine).join('\n');
    plainBlocks.push(block);
    return plainBlockPlaceholder(plainBlocks.length - 1);
  });
  return { markdown: blocks.join('\n\n'), plainBlocks };
}
