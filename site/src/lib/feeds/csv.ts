// CSV (RFC 4180): comma-separated, CRLF rows, a field quoted when it holds a comma, quote or line
// break, quotes doubled. A text cell starting with = + - @ (or a tab or carriage return) gets a
// leading apostrophe, so a spreadsheet never runs it as a formula (CSV injection).

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row, without its line end. */
export const csvLine = (row: readonly CsvValue[]): string => row.map(csvField).join(',');

/**
 * A CSV document from its lines (the header first), each ended with CRLF. Starts with a byte-order
 * mark so that Excel, which Swedish offices open CSV in, reads å, ä and ö as UTF-8.
 */
export function csvDocument(header: string, lines: readonly string[]): string {
  return `\uFEFF${header}\r\n${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** A CSV document with a header row. */
export function csv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvDocument(csvLine(header), rows.map(csvLine));
}
