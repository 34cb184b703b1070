// What the feeds carry, as data: the entries of an RSS feed and the items of a calendar, for the
// whole bank or a scope (a county, a service area, a pair of them). The feeds render these
// (src/data/feeds.ts) and a partial build compares them (src/lib/page-inputs.ts), so the two
// cannot disagree.
import type { PublicTypeName } from '@skb/content-types';
import type { Bank, BankEntry } from './bank.ts';
import { type CalendarItem, calendarItems } from './calendar.ts';
import type { Locale } from './i18n.ts';
import type { CalendarFeed, FeedScope } from './routes.ts';

/** One file of a scope's feeds: what it is and for which scope. */
export type ScopedFeedProps =
  | { scope: FeedScope; kind: 'rss'; type?: PublicTypeName }
  | { scope: FeedScope; kind: 'ical'; feed: CalendarFeed };

/** How many of the newest entries a feed carries; the open data has them all. */
export const FEED_SIZE = 50;

/** Whether an entry belongs to a scope. National funding calls are open to every county. */
export function inScope(entry: BankEntry, scope: FeedScope): boolean {
  if (scope.county) {
    const code = scope.county.code;
    const national = entry.national && entry.type === 'funding-call';
    if (!entry.counties.includes(code) && !national) return false;
  }
  if (scope.area && !entry.areas.some((area) => area.slug === scope.area?.slug)) return false;
  return true;
}

// A 10,000-entry build asks for the same scopes thousands of times (every feed file of a county,
// the county's page, the paths); filtering the whole bank each time cost a large part of the build.
const scopeMemo = new WeakMap<Bank, Map<string, BankEntry[]>>();
const calendarMemo = new WeakMap<Bank, Map<string, CalendarItem[]>>();
const scopeCalendarMemo = new WeakMap<Bank, Map<string, CalendarItem[]>>();

function memoOf<T>(memos: WeakMap<Bank, Map<string, T>>, bank: Bank): Map<string, T> {
  const found = memos.get(bank);
  if (found) return found;
  const made = new Map<string, T>();
  memos.set(bank, made);
  return made;
}

/**
 * The items of a scope, memoised in `memo` under `prefix`: a pair's are its county's that are in its
 * area (the county's few hundred are read, not the whole list: a 10,000-entry build asks for some
 * 550 pairs); any other scope's are filtered from `all`.
 */
function scoped<T>(
  memo: Map<string, T[]>,
  prefix: string,
  scope: FeedScope,
  all: () => readonly T[],
  entryOf: (item: T) => BankEntry,
): T[] {
  const key = `${prefix}|${scope.county?.code ?? ''}|${scope.area?.slug ?? ''}`;
  let items = memo.get(key);
  if (!items) {
    items =
      scope.county && scope.area
        ? scoped(memo, prefix, { county: scope.county }, all, entryOf).filter((item) =>
            inScope(entryOf(item), { area: scope.area }),
          )
        : all().filter((item) => inScope(entryOf(item), scope));
    memo.set(key, items);
  }
  return items;
}

/** The entries of a scope in `locale`'s view, newest first: a county's include the national funding calls. */
export function scopeEntries(bank: Bank, locale: Locale, scope: FeedScope): BankEntry[] {
  return scoped(
    memoOf(scopeMemo, bank),
    locale,
    scope,
    () => bank.all(locale),
    (entry) => entry,
  );
}

/** The entries of an RSS feed: the newest of a scope, of one type or of all. */
export function rssEntries(bank: Bank, locale: Locale, scope: FeedScope, type?: PublicTypeName): BankEntry[] {
  return scopeEntries(bank, locale, scope)
    .filter((entry) => !type || entry.type === type)
    .slice(0, FEED_SIZE);
}

/** The kinds of calendar item each calendar feed carries. */
const FEED_KINDS: Record<CalendarFeed, readonly CalendarItem['kind'][]> = {
  events: ['event'],
  funding: ['opens', 'deadline'],
  consultations: ['consultation'],
};

/** A calendar feed starts a month back, so a deadline that just passed does not vanish from calendars the same day. */
const calendarFeedStart = (now: Date) => new Date(now.getTime() - 31 * 86_400_000);

/** The items of a calendar feed built at `now`. */
export function icalItems(input: {
  bank: Bank;
  locale: Locale;
  feed: CalendarFeed;
  scope: FeedScope;
  now: Date;
}): CalendarItem[] {
  const { bank, locale, feed, scope, now } = input;
  const wanted = FEED_KINDS[feed];
  return scopeCalendar(bank, locale, calendarFeedStart(now), scope).filter((item) => wanted.includes(item.kind));
}

/**
 * The calendar items from `from` of a scope, memoised as scopeEntries is (filtering the whole bank's
 * items for each of some 3,300 calendar files, 550 pairs × 3 calendars × 2 languages, took half a
 * second of every build, a partial one's too); the whole bank's items are made once.
 */
function scopeCalendar(bank: Bank, locale: Locale, from: Date, scope: FeedScope): CalendarItem[] {
  const prefix = `${locale}|${from.toISOString()}`;
  const whole = memoOf(calendarMemo, bank);
  const all = () => {
    let items = whole.get(prefix);
    if (!items) {
      items = calendarItems(bank, locale, from);
      whole.set(prefix, items);
    }
    return items;
  };
  return scoped(memoOf(scopeCalendarMemo, bank), prefix, scope, all, (item) => item.entry);
}
