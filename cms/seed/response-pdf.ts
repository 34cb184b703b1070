// A consultation response (remissvar) as the PDF the network sent: its heading, what consultation it
// answers, the issuer's reference number, who responds, and the text as plain paragraphs.
import { markdownToText } from '@skb/content-types/markdown-text';
import type { PdfBlock } from './pdf.ts';
import { renderPdf } from './pdf.ts';

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
export function responseBlocks(response: ResponseDocument): PdfBlock[] {
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

/** The remissvar as PDF bytes. */
export function responsePdf(response: ResponseDocument): Buffer {
  return renderPdf({
    title: response.title,
    author: response.respondent,
    subject: `Remissvar: ${response.consultationTitle}${response.referenceNumber ? ` (${response.referenceNumber})` : ''}`,
    blocks: responseBlocks(response),
  });
}
