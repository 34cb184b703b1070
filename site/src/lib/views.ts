// Selections the start page and the place pages share: newest of a type, funding calls still open
// or coming, events still to come, entries grouped by type.
import { PUBLIC_TYPE_NAMES, type PublicTypeName } from '@skb/content-types';
import type { Bank, BankEntry, EntryOf } from './bank.ts';
import type { Locale } from './i18n.ts';

/** The newest entries of a type. */
export function newest(bank: Bank, locale: Locale, type: PublicTypeName, limit: number): BankEntry[] {
  const found: BankEntry[] = [];
  for (const entry of bank.all(locale)) {
    if (entry.type === type) found.push(entry);
    if (found.length >= limit) break;
  }
  return found;
}

/** Funding calls that are open or coming, in list order (closing soonest first). */
export function activeFundingCalls(entries: readonly BankEntry[]): EntryOf<'funding-call'>[] {
  return entries.filter(
    (entry): entry is EntryOf<'funding-call'> => entry.type === 'funding-call' && entry.status !== 'stängd',
  );
}

/** Events that have not ended, soonest first. */
export function upcomingEvents(entries: readonly BankEntry[], now: Date): EntryOf<'event'>[] {
  return entries
    .filter(
      (entry): entry is EntryOf<'event'> => entry.type === 'event' && Date.parse(entry.data.endsAt) >= now.getTime(),
    )
    .sort((a, b) => Date.parse(a.data.startsAt) - Date.parse(b.data.startsAt));
}

/** Entries grouped by type, in the site's type order; types without entries are left out. */
export function groupByType(entries: readonly BankEntry[]): { type: PublicTypeName; entries: BankEntry[] }[] {
  return PUBLIC_TYPE_NAMES.map((type) => ({ type, entries: entries.filter((entry) => entry.type === type) })).filter(
    (group) => group.entries.length > 0,
  );
}
