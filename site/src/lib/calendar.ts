// What the calendar shows: events, funding calls opening and closing, and consultations' last day
// to respond, from the moment the site was built onwards, soonest first.
import type { EntryByType } from '@skb/content-types';
import type { Bank, BankEntry } from './bank.ts';
import { stockholmDay } from './format.ts';
import type { Locale } from './i18n.ts';

export type CalendarKind = 'event' | 'opens' | 'deadline' | 'consultation';

export interface CalendarItem {
  kind: CalendarKind;
  entry: BankEntry;
  /** When it happens: an instant for events, opening and deadline; a calendar date for a consultation. */
  start: string;
  /** When an event ends. */
  end?: string;
  /** The Stockholm calendar day it falls on (`2027-03-31`). */
  day: string;
}

/** Every calendar item of the bank in `locale`'s view, from `from` on (an event counts until it ends). */
export function calendarItems(bank: Bank, locale: Locale, from: Date): CalendarItem[] {
  const today = stockholmDay(from);
  const items: CalendarItem[] = [];
  for (const entry of bank.ofType(locale, 'event')) {
    const event = entry.data as EntryByType['event'];
    if (Date.parse(event.endsAt) < from.getTime()) continue;
    items.push({ kind: 'event', entry, start: event.startsAt, end: event.endsAt, day: stockholmDay(event.startsAt) });
  }
  for (const entry of bank.ofType(locale, 'funding-call')) {
    const call = entry.data as EntryByType['funding-call'];
    if (Date.parse(call.opensAt) >= from.getTime())
      items.push({ kind: 'opens', entry, start: call.opensAt, day: stockholmDay(call.opensAt) });
    if (stockholmDay(call.deadline) >= today)
      items.push({ kind: 'deadline', entry, start: call.deadline, day: stockholmDay(call.deadline) });
  }
  for (const entry of bank.ofType(locale, 'consultation-response')) {
    const deadline = (entry.data as EntryByType['consultation-response']).consultationDeadline;
    if (deadline >= today) items.push({ kind: 'consultation', entry, start: deadline, day: deadline });
  }
  return items.sort((a, b) => a.day.localeCompare(b.day) || Date.parse(a.start) - Date.parse(b.start));
}

/** Items grouped by month (`2027-03`), in order. */
export function byMonth(items: readonly CalendarItem[]): { month: string; items: CalendarItem[] }[] {
  const groups: { month: string; items: CalendarItem[] }[] = [];
  for (const item of items) {
    const month = item.day.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}
