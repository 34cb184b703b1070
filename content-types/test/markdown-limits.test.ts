import { describe, expect, it } from 'vitest';
import { defuseMarkdown, MAX_MARKDOWN_BLOCK, MAX_MARKDOWN_NESTING, plainBlockPlaceholder } from '../src/index.ts';

describe('defuseMarkdown', () => {
  it('leaves ordinary Markdown as it is', () => {
    const text = '## Rubrik\n\n> citat\n>> djupare\n\n- a\n  - b\n\n| a | b |\n| - | - |\n| 1 | 2 |';
    expect(defuseMarkdown(text)).toEqual({ markdown: text, plainBlocks: [] });
  });

  it('bounds blockquote and list nesting', () => {
    const { markdown } = defuseMarkdown(`${'> '.repeat(5000)}djupt\n${' '.repeat(4000)}- djup lista`);
    const [quote, list] = markdown.split('\n');
    expect(quote).toBe(`${'>'.repeat(MAX_MARKDOWN_NESTING)} djupt`);
    expect(list.length).toBeLessThan(100);
    expect(list.endsWith('- djup lista')).toBe(true);
  });

  it('keeps a very long block as plain text, whole', () => {
    const long = '*a'.repeat(MAX_MARKDOWN_BLOCK);
    const result = defuseMarkdown(`Före\n\n${long}\n\nEfter`);
    expect(result.markdown).toBe(`Före\n\n${plainBlockPlaceholder(0)}\n\nEfter`);
    expect(result.plainBlocks).toEqual([long]);
  });
});
