// The numbers behind the statistics page, from the bank: entries per service area, per county and
// per year of publication, and funding calls per month of their deadline.
import { counties, type EntryByType } from '@skb/content-types';
import type { Bank } from './bank.ts';
import { stockholmDay } from './format.ts';
import type { Locale } from './i18n.ts';

export interface Row<K = string> {
  key: K;
  value: number;
}

/** Documents per service area, most first. */
export function perArea(bank: Bank, locale: Locale): Row[] {
  return bank.areas
    .map((area) => ({ key: area.slug, value: bank.inArea(locale, area.slug).length }))
    .sort((a, b) => b.value - a.value);
}

/** Documents per county (national ones not counted), most first. */
export function perCounty(bank: Bank, locale: Locale): Row[] {
  return counties
    .map((county) => ({ key: county.code, value: bank.inCounty(locale, county.code).length }))
    .sort((a, b) => b.value - a.value);
}

/** Documents per year of publication, oldest first, with every year in between. */
export function perYear(bank: Bank, locale: Locale): Row[] {
  const counts = new Map<number, number>();
  for (const entry of bank.all(locale)) {
    const year = Number(stockholmDay(entry.publishedAt).slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const rows: Row[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++)
    rows.push({ key: String(year), value: counts.get(year) ?? 0 });
  return rows;
}

/** Funding calls per month of their deadline (`2027-03`), oldest first, with every month in between. */
export function fundingPerMonth(bank: Bank, locale: Locale): Row[] {
  const counts = new Map<string, number>();
  for (const entry of bank.ofType(locale, 'funding-call')) {
    const month = stockholmDay((entry.data as EntryByType['funding-call']).deadline).slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const rows: Row[] = [];
  let [year, month] = (months[0] as string).split('-').map(Number) as [number, number];
  const last = months.at(-1) as string;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    rows.push({ key, value: counts.get(key) ?? 0 });
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return rows;
}
