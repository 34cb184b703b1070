// The PDF writer's output is read back the way a viewer reads it: from the end (startxref, xref
// table, trailer) to the objects the table points at, and the page tree to the pages.
import { describe, expect, it } from 'vitest';
import { layoutPages, PAGE, pdfString, renderPdf, textWidth, wrapText } from './pdf.ts';
import { markdownBlocks, responsePdf } from './response-pdf.ts';

const text = (pdf: Buffer) => pdf.toString('latin1');

/** The cross-reference table as a viewer reads it: object number → byte offset. */
function readXref(pdf: Buffer): { offsets: Map<number, number>; trailer: string; xrefAt: number } {
  const source = text(pdf);
  const startxref = /startxref\n(\d+)\n%%EOF\n?$/.exec(source);
  if (!startxref) throw new Error('no startxref at the end');
  const xrefAt = Number(startxref[1]);
  const section = source.slice(xrefAt);
  const header = /^xref\n(\d+) (\d+)\n/.exec(section);
  if (!header) throw new Error(`no xref table at ${xrefAt}`);
  const [first, count] = [Number(header[1]), Number(header[2])];
  const offsets = new Map<number, number>();
  let at = header[0].length;
  for (let i = 0; i < count; i++) {
    const entry = section.slice(at, at + 20);
    expect(entry, `xref entry ${first + i} is 20 bytes`).toMatch(/^\d{10} \d{5} [fn] \n$/);
    if (entry[17] === 'n') offsets.set(first + i, Number(entry.slice(0, 10)));
    at += 20;
  }
  return { offsets, trailer: section.slice(at), xrefAt };
}

const objectAt = (pdf: Buffer, offset: number) => {
  const rest = text(pdf).slice(offset);
  return rest.slice(0, rest.indexOf('endobj'));
};

const longBody = Array.from(
  { length: 40 },
  (_, i) =>
    `Stycke ${i + 1}. Bybutiken i Åsele är öppen sju dagar i veckan och tar emot paket, läkemedel och dagskassor – men bara så länge kommunen betalar ersättning för servicen.`,
).join('\n\n');

describe('the PDF writer', () => {
  const pdf = renderPdf({ title: 'Testdokument', author: 'Någon', blocks: markdownBlocks(longBody) });

  it('starts with a PDF 1.4 header and a binary comment, and ends with %%EOF', () => {
    expect(text(pdf).startsWith('%PDF-1.4\n%')).toBe(true);
    expect([...pdf.subarray(10, 14)].every((byte) => byte >= 128)).toBe(true);
    expect(text(pdf).endsWith('%%EOF\n')).toBe(true);
  });

  it('has an xref table whose every offset points at "N 0 obj" of that object', () => {
    const { offsets, trailer } = readXref(pdf);
    expect(offsets.size).toBeGreaterThan(5);
    for (const [number, offset] of offsets) {
      expect(text(pdf).slice(offset, offset + `${number} 0 obj`.length)).toBe(`${number} 0 obj`);
    }
    expect(trailer).toMatch(new RegExp(`^trailer\\n<< /Size ${offsets.size + 1} /Root 1 0 R /Info 5 0 R /ID \\[`));
    expect(objectAt(pdf, offsets.get(1) as number)).toContain('/Type /Catalog /Pages 2 0 R');
  });

  it('gives every stream its exact length', () => {
    const { offsets } = readXref(pdf);
    for (const offset of offsets.values()) {
      const object = objectAt(pdf, offset);
      const stream = /<< \/Length (\d+) >>\nstream\n/.exec(object);
      if (!stream) continue;
      const start = stream.index + stream[0].length;
      expect(object.slice(start + Number(stream[1]))).toBe('\nendstream\n');
    }
  });

  it('puts a long text on several A4 pages, all listed in the page tree', () => {
    const { offsets } = readXref(pdf);
    const tree = objectAt(pdf, offsets.get(2) as number);
    const count = Number(/\/Count (\d+)/.exec(tree)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    const kids = [...(/\/Kids \[([^\]]*)\]/.exec(tree)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    expect(kids).toHaveLength(count);
    for (const kid of kids) {
      const page = objectAt(pdf, offsets.get(kid) as number);
      expect(page).toContain('/Type /Page ');
      expect(page).toContain(`/MediaBox [0 0 ${PAGE.width} ${PAGE.height}]`);
    }
    expect(text(pdf)).toContain(`sida ${count} av ${count}`);
    expect(layoutPages(markdownBlocks(longBody))).toHaveLength(count);
  });

  it('keeps every line inside the page', () => {
    for (const page of layoutPages(markdownBlocks(longBody))) {
      for (const line of page) {
        if ('rule' in line) continue;
        expect(line.x + textWidth(line.text, line.font, line.size)).toBeLessThanOrEqual(PAGE.width - 64 + 0.01);
        expect(line.y).toBeGreaterThan(60);
      }
    }
  });

  it('uses Helvetica with WinAnsiEncoding and encodes å, ä, ö, é and – as their WinAnsi codes', () => {
    expect(text(pdf)).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(pdfString('Åsele – åäö é Ö')).toBe('(\\305sele \\226 \\345\\344\\366 \\351 \\326)');
    // "Bybutiken i Åsele är öppen" in the content stream: Å = \305, ä = \344, ö = \366.
    expect(text(pdf)).toContain('\\305sele \\344r \\366ppen');
    expect(text(pdf)).toContain('\\226');
  });

  it('escapes what a PDF string cannot hold as it is', () => {
    expect(pdfString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(pdfString('€ ”x” ≤ 中')).toBe('(\\200 \\224x\\224 <= ?)');
  });
});

describe('word wrapping', () => {
  it('fills lines up to the width and never past it', () => {
    const lines = wrapText(longBody, { font: 'regular', size: 10.5, width: 300 });
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) expect(textWidth(line, 'regular', 10.5)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(longBody.split(/\s+/).join(' '));
  });

  it('splits a word longer than a line', () => {
    const lines = wrapText(`kort ${'x'.repeat(100)} slut`, { font: 'bold', size: 12, width: 100 });
    expect(lines[0]).toBe('kort');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('').replaceAll(' ', '')).toBe(`kort${'x'.repeat(100)}slut`);
    for (const line of lines) expect(textWidth(line, 'bold', 12)).toBeLessThanOrEqual(100);
  });

  it('ends even when not one letter fits', () => {
    expect(wrapText('åäö', { font: 'regular', size: 10, width: 1 })).toEqual(['å', 'ä', 'ö']);
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

describe('a remissvar as PDF', () => {
  const pdf = text(
    responsePdf({
      title: 'Svar om betaltjänster',
      consultationTitle: 'Ett säkrare betalningssystem',
      referenceNumber: 'Fi2026/00417',
      issuer: 'Finansdepartementet',
      respondent: 'Landsbygdsnätverkets servicegrupp',
      consultationDeadline: '2026-03-31',
      submittedAt: '2026-03-28',
      body: '## Synpunkter\nVi stöder förslaget.',
    }),
  );

  it('carries the title, the consultation, the diarienummer, the respondent and the text', () => {
    for (const line of [
      'Svar om betaltjänster',
      'Remiss: Ett säkrare betalningssystem',
      'Diarienummer: Fi2026/00417',
      'Från: Landsbygdsnätverkets servicegrupp',
      'Synpunkter',
      'Vi stöder förslaget.',
    ]) {
      expect(pdf).toContain(pdfString(line));
    }
  });
});
