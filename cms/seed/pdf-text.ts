// Reads a PDF the way a viewer does, with pdf.js (Mozilla's PDF reader): the document's metadata
// and each page's text as one string. For the tests of the PDFs the seed writes.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  title: string | undefined;
  author: string | undefined;
  /** The text of each page, its runs joined by a space and line ends by a newline. */
  pages: string[];
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    const { info } = (await document.getMetadata()) as { info: { Title?: string; Author?: string } };
    return { title: info.Title, author: info.Author, pages };
  } finally {
    await task.destroy();
  }
}
