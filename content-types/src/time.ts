// Dates in the bank are instants (ISO 8601 with an offset) or calendar dates (YYYY-MM-DD). Calendar
// dates mean days in Sweden: a deadline of "2026-03-31" closes when that day ends in Stockholm,
// whatever the offset is that day (CET or CEST).

export const TIME_ZONE = 'Europe/Stockholm';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;

const offsetFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Minutes that Stockholm is ahead of UTC at `instant` (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(
    offsetFormatter.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE_MS);
}

/** The instant at which a calendar day begins in Stockholm. */
export function startOfStockholmDay(date: string): Date {
  const match = DATE_ONLY.exec(date);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): "${date}"`);
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The offset at local midnight is the offset just before it; a DST switch never happens at midnight
  // in Sweden (it happens at 02:00/03:00), so one correction suffices.
  const guess = new Date(utcMidnight - 60 * MINUTE_MS);
  return new Date(utcMidnight - stockholmOffsetMinutes(guess) * MINUTE_MS);
}

// Made once: a formatter costs far more to create than to use, and builds call this for every entry.
const dateFormatter = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short' });

/** The calendar date (YYYY-MM-DD) in Stockholm at `instant`. */
export function stockholmDate(instant: Date): string {
  return dateFormatter.format(instant);
}

/** The day after a calendar date: `2026-12-31` → `2027-01-01`. */
export function nextDate(date: string): string {
  const match = DATE_ONLY.exec(date);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): "${date}"`);
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return next.toISOString().slice(0, 10);
}

/** Parses an instant or a calendar date; a calendar date is the start of that day in Stockholm. */
export function parseInstant(value: string | Date): Date {
  if (value instanceof Date) return value;
  if (DATE_ONLY.test(value)) return startOfStockholmDay(value);
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`not a date or date-time: "${value}"`);
  return parsed;
}

/**
 * The first instant at which a deadline has passed. A calendar date closes when its day ends in
 * Stockholm. A date-time closes when its minute ends: "sista dag 31 mars kl. 23.59" still accepts
 * an application sent at 23:59:30.
 */
export function deadlineClosesAt(deadline: string | Date): Date {
  if (typeof deadline === 'string' && DATE_ONLY.test(deadline)) {
    return startOfStockholmDay(nextDate(deadline));
  }
  const instant = parseInstant(deadline);
  return new Date(Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS);
}

export type FundingCallStatus = 'kommande' | 'öppen' | 'stängd';

/** When a funding call opens and closes. */
export interface FundingCallDates {
  /** When applications open: date-time, or a calendar date (opens as that day begins in Stockholm). */
  opensAt?: string | Date | null;
  /** Last moment to apply: date-time (the whole minute counts) or a calendar date (the whole day). */
  deadline: string | Date;
}

/** `kommande` before it opens, `öppen` until its deadline has passed, `stängd` after. */
export function fundingCallStatus(call: FundingCallDates, now: Date): FundingCallStatus {
  if (call.opensAt && now.getTime() < parseInstant(call.opensAt).getTime()) return 'kommande';
  return now.getTime() < deadlineClosesAt(call.deadline).getTime() ? 'öppen' : 'stängd';
}

/**
 * Whole Stockholm calendar days from `now` to the deadline's day: 0 on the deadline day itself,
 * negative after it.
 */
export function daysUntil(deadline: string | Date, now: Date): number {
  const deadlineDay =
    typeof deadline === 'string' && DATE_ONLY.test(deadline) ? deadline : stockholmDate(parseInstant(deadline));
  const toUtcDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  return Math.round(toUtcDay(deadlineDay) - toUtcDay(stockholmDate(now)));
}
