// iCalendar (RFC 5545), written by hand: CRLF line ends, lines folded at 75 octets without splitting
// a UTF-8 character, text values escaped (backslash, semicolon, comma, newline).

export interface IcalEvent {
  /** Globally unique and stable across builds, so calendar apps update instead of duplicating. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** A timed event: instants. */
  start: Date | { date: string };
  /** End: an instant, or for an all-day item the day after its last day. */
  end?: Date | { date: string };
}

export interface IcalCalendar {
  /** Calendar name shown by apps. */
  name: string;
  /** Product identifier, `-//Servicekunskapsbanken//Kalender//SV`. */
  productId: string;
  /** When the file was made (DTSTAMP of every event). */
  stamp: Date;
  events: readonly IcalEvent[];
}

/** Escapes a TEXT value. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const day = (date: string) => date.replace(/-/g, '');
const when = (name: string, value: Date | { date: string }) =>
  value instanceof Date ? `${name}:${utc(value)}` : `${name};VALUE=DATE:${day(value.date)}`;

export function ical(calendar: IcalCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utc(calendar.stamp)}`,
      when('DTSTART', event.start),
      ...(event.end ? [when('DTEND', event.end)] : []),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
