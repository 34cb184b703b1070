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

/**
 * A CSV document with a header row. Starts with a byte-order mark so that Excel, which Swedish
 * offices open CSV in, reads å, ä and ö as UTF-8.
 */
export function csv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
