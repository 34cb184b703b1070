// Dates, amounts and deadlines as Swedish (and English) readers write them: "31 mars 2027",
// "12 dagar kvar", "50 000–200 000 kr". Everything is shown in Stockholm time.
import { daysUntil, stockholmDate, TIME_ZONE } from '@skb/content-types';
import type { Locale, Translate } from './i18n.ts';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
    formatters.set(key, found);
  }
  return found;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// Intl formatters are costly to make and hold native memory; a build formats thousands of dates.
const amountFormatters: Record<Locale, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

/** A calendar date (`2027-03-31`) stays that day; an instant is shown as its day in Stockholm. */
function toDate(value: string | Date): { date: Date; dateOnly: boolean } {
  if (typeof value === 'string' && DATE_ONLY.test(value))
    return { date: new Date(`${value}T12:00:00Z`), dateOnly: true };
  return { date: typeof value === 'string' ? new Date(value) : value, dateOnly: false };
}

/** "31 mars 2027" / "31 March 2027". */
export function formatDate(value: string | Date, locale: Locale): string {
  const { date, dateOnly } = toDate(value);
  return formatter(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** "31 mars 2027 kl. 23:59" / "31 March 2027, 23:59". */
export function formatDateTime(value: string | Date, locale: Locale): string {
  const { date } = toDate(value);
  const time = formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return locale === 'sv' ? `${formatDate(date, locale)} kl. ${time}` : `${formatDate(date, locale)}, ${time}`;
}

/** Only the time: "10:00". */
export function formatTime(value: string | Date, locale: Locale): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value).date);
}

/** "mars 2027". */
export function formatMonth(yearMonth: string, locale: Locale): string {
  return formatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${yearMonth}-15T12:00:00Z`),
  );
}

/** The Stockholm calendar day of an instant, `2027-03-31`. */
export function stockholmDay(value: string | Date): string {
  const { date, dateOnly } = toDate(value);
  if (dateOnly && typeof value === 'string') return value;
  return stockholmDate(date);
}

/** When an event takes place: one day with times, or a span of days. */
export function formatEventTime(startsAt: string, endsAt: string, locale: Locale): string {
  if (stockholmDay(startsAt) === stockholmDay(endsAt)) {
    return `${formatDateTime(startsAt, locale)}–${formatTime(endsAt, locale)}`;
  }
  return `${formatDateTime(startsAt, locale)} – ${formatDateTime(endsAt, locale)}`;
}

/** "12 dagar kvar", "1 dag kvar", "Sista dagen i dag"; nothing once passed. */
export function daysLeftText(deadline: string, now: Date, t: Translate): string | undefined {
  const days = daysUntil(deadline, now);
  if (days < 0) return undefined;
  if (days === 0) return t('deadline.today');
  return t('deadline.daysLeft', { count: days });
}

/** "50 000–200 000 kr", "upp till 200 000 kr"; undefined without amounts. */
export function formatAmountRange(
  min: number | null | undefined,
  max: number | null | undefined,
  locale: Locale,
  t: Translate,
): string | undefined {
  const sek = (value: number) => amountFormatters[locale].format(value);
  if (min != null && max != null)
    return min === max ? t('amount.exact', { amount: sek(max) }) : t('amount.range', { min: sek(min), max: sek(max) });
  if (max != null) return t('amount.upTo', { amount: sek(max) });
  if (min != null) return t('amount.from', { amount: sek(min) });
  return undefined;
}

/** An ISO instant for a `<time datetime>` attribute. */
export function isoInstant(value: string | Date): string {
  const { date, dateOnly } = toDate(value);
  if (dateOnly && typeof value === 'string') return value;
  return date.toISOString();
}
