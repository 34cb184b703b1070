// The remissvar PDFs are read back with pdf.js, as a viewer reads them: their metadata and the text
// of each page, Swedish letters included.
import { describe, expect, it } from 'vitest';
import { readPdfText } from './pdf-text.ts';
import { markdownBlocks, responsePdf } from './response-pdf.ts';

const response = {
  title: 'Svar om betaltjänster',
  consultationTitle: 'Ett säkrare betalningssystem',
  referenceNumber: 'Fi2026/00417',
  issuer: 'Finansdepartementet',
  respondent: 'Landsbygdsnätverkets servicegrupp',
  consultationDeadline: '2026-03-31',
  submittedAt: '2026-03-28',
  body: '## Synpunkter\nVi stöder förslaget om ÅÄÖ och åäö.\n\n- Bygdens kassaservice – även på söndagar',
};

const longBody = Array.from(
  { length: 40 },
  (_, i) =>
    `Stycke ${i + 1}. Bybutiken i Åsele är öppen sju dagar i veckan och tar emot paket, läkemedel och dagskassor – men bara så länge kommunen betalar ersättning för servicen.`,
).join('\n\n');

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('a remissvar as PDF', () => {
  it('carries the title, the consultation, the diarienummer, the respondent and the text, å ä ö included', async () => {
    const pdf = await readPdfText(await responsePdf(response));
    expect(pdf.title).toBe('Svar om betaltjänster');
    expect(pdf.author).toBe('Landsbygdsnätverkets servicegrupp');
    expect(pdf.pages).toHaveLength(1);
    const lines = (pdf.pages[0] ?? '').split('\n').map((line) => line.trim());
    expect(lines).toEqual([
      'REMISSVAR',
      'Svar om betaltjänster',
      'Remiss: Ett säkrare betalningssystem',
      'Diarienummer: Fi2026/00417',
      'Till: Finansdepartementet',
      'Från: Landsbygdsnätverkets servicegrupp',
      'Svarsdatum: 2026-03-31',
      'Inskickat: 2026-03-28',
      'Synpunkter',
      'Vi stöder förslaget om ÅÄÖ och åäö.',
      '• Bygdens kassaservice – även på söndagar',
      'Svar om betaltjänster – sida 1 av 1',
    ]);
  });

  it('puts a long text on several pages, every word in order, each page numbered', async () => {
    const pdf = await readPdfText(await responsePdf({ ...response, body: longBody }));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, index) => {
      expect(page.trimEnd().endsWith(`Svar om betaltjänster – sida ${index + 1} av ${pdf.pages.length}`)).toBe(true);
    });
    const body = pdf.pages
      .map((page) => page.trimEnd().split('\n').slice(0, -1).join(' '))
      .join(' ')
      .split('Inskickat: 2026-03-28')[1];
    expect(words(body ?? '')).toEqual(words(longBody));
  });

  it('cuts a title too long for the footer with "…"', async () => {
    const title = `Svar om ${'mycket '.repeat(30)}långa titlar`;
    const pdf = await readPdfText(await responsePdf({ ...response, title }));
    const footer = (pdf.pages[0] ?? '').trimEnd().split('\n').at(-1) ?? '';
    expect(footer).toMatch(/^Svar om mycket .*…\s*– sida 1 av 1$/);
  });
});

describe('Markdown reduced to text', () => {
  it('keeps headings, paragraphs and list items, and drops the markup', () => {
    expect(
      markdownBlocks(
        '## Våra synpunkter\nFörsta raden\nandra raden med **fetstil** och [en länk](/metoder/x/).\n\n- ett\n- två\n\n1. först',
      ),
    ).toEqual([
      { kind: 'heading', text: 'Våra synpunkter' },
      { kind: 'paragraph', text: 'Första raden andra raden med fetstil och en länk.' },
      { kind: 'item', marker: '•', text: 'ett' },
      { kind: 'item', marker: '•', text: 'två' },
      { kind: 'item', marker: '1.', text: 'först' },
    ]);
  });

  it('keeps the address of an absolute link', () => {
    expect(markdownBlocks('Se [rapporten](https://example.se/r.pdf) och *kursivt*.')).toEqual([
      { kind: 'paragraph', text: 'Se rapporten (https://example.se/r.pdf) och kursivt.' },
    ]);
  });
});
