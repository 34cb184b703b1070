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

/** One row with its line end (CRLF). */
export const csvLine = (row: readonly CsvValue[]): string => `${row.map(csvField).join(',')}\r\n`;

/**
 * The start of a CSV document: the byte-order mark, so that Excel, which Swedish offices open CSV
 * in, reads å, ä and ö as UTF-8, and the header row. The rows' lines (csvLine) follow it.
 */
export const csvHead = (header: readonly string[]): string => `\uFEFF${csvLine(header)}`;

/** A CSV document with a header row. */
export function csv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvHead(header) + rows.map(csvLine).join('');
}
