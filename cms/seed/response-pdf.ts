// A consultation response (remissvar) as the PDF the network sent: its heading, what consultation it
// answers, the issuer's reference number, who responds, and the text as plain paragraphs. PDFKit
// writes it: A4, Helvetica and Helvetica-Bold (PDF standard fonts in WinAnsiEncoding, which holds
// å, ä, ö, é and –, so no font is embedded), a footer with the title and page numbers.
import { markdownToText } from '@skb/content-types/markdown-text';
import PDFDocument from 'pdfkit';

/** One block of a text document, in reading order. */
export type PdfBlock =
  | { kind: 'title' | 'heading' | 'paragraph' | 'meta'; text: string }
  | { kind: 'item'; text: string /** "•" or "1." */; marker: string }
  | { kind: 'rule' };

/** A line of inline Markdown as print shows it: plain text, an absolute link with its address. */
const inlineText = (markdown: string) => markdownToText(markdown, { inline: true, oneLine: true, linkAddresses: true });

const LIST_ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** Markdown reduced to headings, paragraphs and list items of plain text. */
export function markdownBlocks(markdown: string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = inlineText(paragraph.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    paragraph = [];
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const item = LIST_ITEM.exec(line);
    const last = blocks[blocks.length - 1];
    if (line.trim() === '' || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: inlineText(heading[1] ?? '') });
    } else if (item) {
      flush();
      blocks.push({ kind: 'item', marker: item[2] ? `${item[2]}.` : '•', text: inlineText(item[3] ?? '') });
    } else if (paragraph.length === 0 && last?.kind === 'item' && /^\s+\S/.test(line)) {
      // A continuation line of a list item.
      last.text = `${last.text} ${inlineText(line)}`;
    } else {
      paragraph.push(line.replace(/^\s*>\s?/, ''));
    }
  }
  flush();
  return blocks;
}

export interface ResponseDocument {
  /** Heading of our response. */
  title: string;
  /** Title of the consultation as the issuer named it. */
  consultationTitle: string;
  /** The issuer's reference number (diarienummer). */
  referenceNumber?: string | null;
  /** The authority or ministry that sent the consultation. */
  issuer?: string | null;
  /** The organisation that responds. */
  respondent: string;
  /** Last day to respond (YYYY-MM-DD). */
  consultationDeadline?: string | null;
  /** Day the response was sent (YYYY-MM-DD). */
  submittedAt?: string | null;
  /** The response in Markdown. */
  body: string;
}

/** The blocks of a remissvar: heading, the facts of the consultation, then the text. */
function responseBlocks(response: ResponseDocument): PdfBlock[] {
  const meta: [string, string | null | undefined][] = [
    ['Remiss', response.consultationTitle],
    ['Diarienummer', response.referenceNumber],
    ['Till', response.issuer],
    ['Från', response.respondent],
    ['Svarsdatum', response.consultationDeadline],
    ['Inskickat', response.submittedAt],
  ];
  return [
    { kind: 'meta', text: 'REMISSVAR' },
    { kind: 'title', text: response.title },
    ...meta
      .filter(([, value]) => value)
      .map(([label, value]): PdfBlock => ({ kind: 'meta', text: `${label}: ${value}` })),
    { kind: 'rule' },
    ...markdownBlocks(response.body),
  ];
}

const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 } as const;
const ITEM_INDENT = 18;
const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;

interface Style {
  font: keyof typeof FONTS;
  size: number;
  /** Space between the lines of a block, in points. */
  lineGap: number;
  before: number;
  after: number;
}

const STYLES: Record<Exclude<PdfBlock['kind'], 'rule'>, Style> = {
  title: { font: 'bold', size: 18, lineGap: 2, before: 0, after: 10 },
  heading: { font: 'bold', size: 12.5, lineGap: 2.5, before: 8, after: 3 },
  meta: { font: 'regular', size: 10, lineGap: 2.5, before: 0, after: 0 },
  paragraph: { font: 'regular', size: 10.5, lineGap: 3, before: 0, after: 7 },
  item: { font: 'regular', size: 10.5, lineGap: 3, before: 0, after: 3 },
};
const RULE = { before: 8, after: 14, width: 0.6 } as const;
const FOOTER = { font: 'regular', size: 8.5, fromBottom: 40 } as const;

/** Renders the blocks as a text document: PDF bytes. */
function renderPdf(input: {
  title: string;
  author?: string;
  subject?: string;
  blocks: readonly PdfBlock[];
}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'sv-SE',
    displayTitle: true,
    info: { Title: input.title, Author: input.author, Subject: input.subject, Producer: 'Servicekunskapsbanken' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  const atTop = () => doc.y === MARGIN.top;

  for (const block of input.blocks) {
    if (block.kind === 'rule') {
      if (doc.y + RULE.before + RULE.after > bottom()) doc.addPage();
      else if (!atTop()) doc.y += RULE.before;
      doc
        .moveTo(left, doc.y)
        .lineTo(left + width, doc.y)
        .lineWidth(RULE.width)
        .stroke();
      doc.y += RULE.after;
      continue;
    }
    const style = STYLES[block.kind];
    doc.font(FONTS[style.font]).fontSize(style.size);
    if (!atTop()) doc.y += style.before;
    // A heading is not left alone at the foot of a page: it needs room for a line after it.
    const keep = block.kind === 'heading' || block.kind === 'title' ? 2 : 1;
    if (doc.y + keep * (doc.currentLineHeight(true) + style.lineGap) > bottom()) doc.addPage();
    if (block.kind === 'item') {
      const y = doc.y;
      doc.text(block.marker, left + 2, y, { lineBreak: false });
      doc.text(block.text, left + ITEM_INDENT, y, { width: width - ITEM_INDENT, lineGap: style.lineGap });
    } else {
      doc.text(block.text, left, doc.y, { width, lineGap: style.lineGap });
    }
    doc.y += style.after;
  }

  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    doc.font(FONTS[FOOTER.font]).fontSize(FOOTER.size).fillColor('#595959');
    const pageNumber = ` – sida ${index + 1} av ${count}`;
    const title = fitLine(input.title, width - doc.widthOfString(pageNumber), (text) => doc.widthOfString(text));
    // Below the bottom margin: without it PDFKit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc.text(title + pageNumber, left, doc.page.height - FOOTER.fromBottom - FOOTER.size, { lineBreak: false });
  }
  doc.end();
  return done;
}

/** `text` cut with "…" where it would grow wider than `room` points. */
function fitLine(text: string, room: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= room) return text;
  let cut = text.length;
  while (cut > 0 && widthOf(`${text.slice(0, cut).trimEnd()}…`) > room) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** The remissvar as PDF bytes. */
export function responsePdf(response: ResponseDocument): Promise<Buffer> {
  return renderPdf({
    title: response.title,
    author: response.respondent,
    subject: `Remissvar: ${response.consultationTitle}${response.referenceNumber ? ` (${response.referenceNumber})` : ''}`,
    blocks: responseBlocks(response),
  });
}
