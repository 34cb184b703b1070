// Selections the start page and the place pages share: newest of a type, funding calls still open
// or coming, events still to come, entries grouped by type; what a municipality's page shows.
import {
  countyOfMunicipality,
  type MunicipalityRecord,
  neighboursOf,
  PUBLIC_TYPE_NAMES,
  type PublicTypeName,
} from '@skb/content-types';
import type { FaqItem } from '../loader/cms-client.ts';
import type { Bank, BankEntry, EntryOf } from './bank.ts';
import { compareText } from './collate.ts';
import { scopeEntries } from './feed-items.ts';
import { scopeFeedLinks } from './follow.ts';
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

/**
 * What a municipality's page shows from the bank and the helpdesk (MunicipalityPage.astro): its
 * entries, the funding calls open to it (its county's and the national ones), its neighbours with
 * theirs, the answers that concern it, and its county's feeds. A partial build compares the same
 * (src/lib/page-inputs.ts).
 */
export function municipalityView(
  bank: Bank,
  faq: readonly FaqItem[],
  locale: Locale,
  municipality: MunicipalityRecord,
) {
  const county = countyOfMunicipality(municipality.code);
  const here = bank.inMunicipality(locale, municipality.code);
  const calls = activeFundingCalls(bank.ofType(locale, 'funding-call')).filter(
    (entry) => entry.national || entry.counties.includes(county.code),
  );
  const neighbours = neighboursOf(municipality.code)
    .map((m) => ({ m, entries: bank.inMunicipality(locale, m.code) }))
    .sort((a, b) => b.entries.length - a.entries.length || compareText('sv')(a.m.shortName, b.m.shortName));
  const questions = faq.filter((item) => item.municipalities.includes(municipality.code));
  // A municipality has no feeds of its own: its county's are the nearest.
  const feeds = scopeFeedLinks(locale, { county }, scopeEntries(bank, locale, { county }));
  return { county, here, calls, neighbours, questions, feeds };
}
