import { describe, expect, it } from 'vitest';
import { markdownToText } from '../src/markdown-text.ts';

describe('Markdown to plain text', () => {
  it('keeps the words of headings, paragraphs, lists and tables, without markup', () => {
    const markdown = [
      '# Rubrik',
      '',
      'Text med **fet**, *kursiv*, `kod` och ~~struken~~ stil.',
      '',
      '1. första',
      '2. andra',
      '',
      '| Kommun | Butiker |',
      '|---|---|',
      '| Älvdalen | 3 |',
      '',
      '> Ett citat.',
    ].join('\n');
    expect(markdownToText(markdown)).toBe(
      'Rubrik\nText med fet, kursiv, kod och struken stil.\nförsta\nandra\nKommun Butiker\nÄlvdalen 3\nEtt citat.',
    );
  });

  it('keeps link texts and image descriptions, drops addresses and raw HTML', () => {
    expect(
      markdownToText('Läs [rapporten](https://pts.se/r) och se ![karta över byn](karta.png).\n\n<div>dold</div>'),
    ).toBe('Läs rapporten och se karta över byn.');
    expect(markdownToText('Bare https://example.se/adress')).toContain('Bare');
  });

  it('decodes character references and escapes the way a reader sees them', () => {
    expect(markdownToText('Post- &amp; paketombud \\*inte\\* &#246;ppet &lt;3')).toBe(
      'Post- & paketombud *inte* öppet <3',
    );
  });

  it('is empty for nothing', () => {
    expect(markdownToText(null)).toBe('');
    expect(markdownToText('')).toBe('');
  });

  it('maps Markdown bombs instead of crashing the sync: deep nesting, a huge single block', () => {
    expect(markdownToText(`${'> '.repeat(5000)}djupt`)).toBe('djupt');
    const long = `${'*a'.repeat(30_000)}`;
    expect(markdownToText(`Före\n\n${long}`)).toBe(`Före\n${long}`);
  });

  it('drops what is inside a script or style element, not only the tags', () => {
    expect(markdownToText('## Rubrik\n\nText med **fet** <script>alert(1)</script> & mer')).toBe(
      'Rubrik\nText med fet & mer',
    );
    expect(markdownToText('A <style>p{}</style>b <em>kursiv</em>')).toBe('A b kursiv');
  });
});

describe('Markdown to one line of text (descriptions, feeds)', () => {
  it('gives plain text without tags or scripts', () => {
    expect(markdownToText('## Rubrik\n\nText med **fet** <script>alert(1)</script> & mer', { oneLine: true })).toBe(
      'Rubrik Text med fet & mer',
    );
    expect(markdownToText(`${'> '.repeat(5000)}djupt`, { oneLine: true })).toBe('djupt');
  });
});

describe('inline Markdown for print (the seed’s PDFs)', () => {
  const print = (markdown: string) => markdownToText(markdown, { inline: true, oneLine: true, linkAddresses: true });

  it('keeps the address of an absolute link, not of a relative one', () => {
    expect(print('Se [rapporten](https://example.se/r.pdf) och *kursivt*.')).toBe(
      'Se rapporten (https://example.se/r.pdf) och kursivt.',
    );
    expect(print('[en länk](/metoder/x/) och ![bild](b.png)')).toBe('en länk och bild');
  });

  it('reads block syntax as text', () => {
    expect(print('1986. Det året')).toBe('1986. Det året');
  });
});
