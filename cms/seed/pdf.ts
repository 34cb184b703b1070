// A small PDF 1.4 writer for text documents: A4 pages, Helvetica and Helvetica-Bold in
// WinAnsiEncoding (so å, ä, ö, é and – show as themselves), greedy word-wrapping, page breaks, a
// footer with page numbers, and a cross-reference table with exact byte offsets. No images, no
// compression: the seed writes remissvar with it, and a test can read what it wrote.
import { createHash } from 'node:crypto';
import { encodeWinAnsi, glyphWidth, type PdfFont } from './pdf-metrics.ts';

/** One block of a text document, in reading order. */
export type PdfBlock =
  | { kind: 'title' | 'heading' | 'paragraph' | 'meta'; text: string }
  | { kind: 'item'; text: string /** "•" or "1." */; marker: string }
  | { kind: 'rule' };

export interface PdfDocumentInput {
  /** Document title (the PDF's metadata and every page's footer). */
  title: string;
  author?: string;
  subject?: string;
  /** Creation date in the metadata; left out when not given, so that the same input gives the same bytes. */
  createdAt?: Date;
  blocks: readonly PdfBlock[];
}

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const ITEM_INDENT = 18;

interface Style {
  font: PdfFont;
  size: number;
  leading: number;
  before: number;
  after: number;
}

const STYLES: Record<Exclude<PdfBlock['kind'], 'rule'>, Style> = {
  title: { font: 'bold', size: 18, leading: 23, before: 0, after: 10 },
  heading: { font: 'bold', size: 12.5, leading: 17, before: 8, after: 3 },
  meta: { font: 'regular', size: 10, leading: 14, before: 0, after: 0 },
  paragraph: { font: 'regular', size: 10.5, leading: 15, before: 0, after: 7 },
  item: { font: 'regular', size: 10.5, leading: 15, before: 0, after: 3 },
};
const RULE = { before: 8, after: 14, width: 0.6 } as const;
const FOOTER = { font: 'regular', size: 8.5 } as const;
const FONT_NAMES: Record<PdfFont, string> = { regular: 'F1', bold: 'F2' };

/** Width of `text` in points at `size`. */
export function textWidth(text: string, font: PdfFont, size: number): number {
  return (encodeWinAnsi(text).reduce((sum, code) => sum + glyphWidth(font, code), 0) * size) / 1000;
}

/** `text` broken into lines no wider than `width` points; a word longer than a line is split. */
export function wrapText(text: string, options: { font: PdfFont; size: number; width: number }): string[] {
  const { font, size, width } = options;
  const fits = (line: string) => textWidth(line, font, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // Each round takes at least one character off, so a line narrower than any letter still ends.
    while (word.length > 1 && !fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut with "…" where it would grow wider than `width` points. */
export function fitLine(text: string, options: { font: PdfFont; size: number; width: number }): string {
  const { font, size, width } = options;
  if (textWidth(text, font, size) <= width) return text;
  let cut = text.length;
  while (cut > 0 && textWidth(`${text.slice(0, cut).trimEnd()}…`, font, size) > width) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** A line of text, or a horizontal rule across the text width, placed on a page. */
type Placed = { font: PdfFont; size: number; x: number; y: number; text: string } | { rule: true; y: number };

/** Lays the blocks out on as many pages as they need. */
export function layoutPages(blocks: readonly PdfBlock[]): Placed[][] {
  const pages: Placed[][] = [[]];
  const top = PAGE.height - MARGIN.top;
  let y = top;
  let page = pages[0] as Placed[];
  const newPage = () => {
    page = [];
    pages.push(page);
    y = top;
  };
  for (const block of blocks) {
    if (block.kind === 'rule') {
      if (y - RULE.before - RULE.after < MARGIN.bottom) newPage();
      else if (y !== top) y -= RULE.before;
      page.push({ rule: true, y });
      y -= RULE.after;
      continue;
    }
    const style = STYLES[block.kind];
    const indent = block.kind === 'item' ? ITEM_INDENT : 0;
    const lines = wrapText(block.text, { font: style.font, size: style.size, width: TEXT_WIDTH - indent });
    if (lines.length === 0) continue;
    if (y !== top) y -= style.before;
    // A heading is not left alone at the foot of a page: it needs room for a line after it.
    const keep = block.kind === 'heading' || block.kind === 'title' ? 2 : 1;
    if (y - keep * style.leading < MARGIN.bottom) newPage();
    lines.forEach((text, index) => {
      if (y - style.leading < MARGIN.bottom) newPage();
      y -= style.leading;
      const x = MARGIN.left + indent;
      if (block.kind === 'item' && index === 0) {
        page.push({ font: style.font, size: style.size, x: MARGIN.left + 2, y, text: block.marker });
      }
      page.push({ font: style.font, size: style.size, x, y, text });
    });
    y -= style.after;
  }
  return pages;
}

/** A PDF literal string of WinAnsi bytes, ASCII only: `(Sm\345 butiker)`. */
export function pdfString(text: string): string {
  let out = '(';
  for (const code of encodeWinAnsi(text)) {
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code < 32 || code > 126) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(code);
  }
  return `${out})`;
}

/** A text string for the document information dictionary, in UTF-16BE with a byte order mark. */
function infoString(text: string): string {
  const bytes = [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return `<${Buffer.from(bytes).toString('hex').toUpperCase()}>`;
}

function pdfDate(date: Date): string {
  return `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

const num = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

function contentStream(lines: readonly Placed[], footer: string): string {
  const ops = lines.map((line) =>
    'rule' in line
      ? `${RULE.width} w ${MARGIN.left} ${num(line.y)} m ${num(PAGE.width - MARGIN.right)} ${num(line.y)} l S`
      : `BT /${FONT_NAMES[line.font]} ${num(line.size)} Tf ${num(line.x)} ${num(line.y)} Td ${pdfString(line.text)} Tj ET`,
  );
  ops.push(`0.35 g BT /${FONT_NAMES[FOOTER.font]} ${FOOTER.size} Tf ${MARGIN.left} 40 Td ${pdfString(footer)} Tj ET`);
  return ops.join('\n');
}

/** Renders a text document as PDF 1.4 bytes. */
export function renderPdf(input: PdfDocumentInput): Buffer {
  const pages = layoutPages(input.blocks);
  // Object numbers: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then a page and its content per page.
  const pageRef = (index: number) => 6 + index * 2;
  const bodies: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageRef(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    [
      `<< /Title ${infoString(input.title)}`,
      input.author ? ` /Author ${infoString(input.author)}` : '',
      input.subject ? ` /Subject ${infoString(input.subject)}` : '',
      ' /Producer (Servicekunskapsbanken)',
      input.createdAt ? ` /CreationDate ${pdfDate(input.createdAt)}` : '',
      ' >>',
    ].join(''),
  ];
  pages.forEach((lines, index) => {
    const pageNumber = ` – sida ${index + 1} av ${pages.length}`;
    const room = TEXT_WIDTH - textWidth(pageNumber, FOOTER.font, FOOTER.size);
    const footer = fitLine(input.title, { ...FOOTER, width: room }) + pageNumber;
    const stream = contentStream(lines, footer);
    bodies.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageRef(index) + 1} 0 R >>`,
      // The end-of-line before `endstream` is not part of the stream's length.
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    );
  });

  // The binary comment on line 2 tells transfer tools that the file is binary.
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  bodies.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    chunks.push(chunk);
    length += chunk.length;
  });
  const id = createHash('md5').update(Buffer.concat(chunks)).digest('hex').toUpperCase();
  const xref = [
    'xref',
    `0 ${bodies.length + 1}`,
    // Each entry is exactly 20 bytes: ten digits, space, five digits, space, type, space, newline.
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${bodies.length + 1} /Root 1 0 R /Info 5 0 R /ID [<${id}> <${id}>] >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
