// The bank of this build: the loaded collections, read once and shared by every page. Astro's
// getCollection copies every entry on each call; pages ask for the bank thousands of times.
import { getCollection } from 'astro:content';
import { type EntryByType, PUBLIC_TYPES, type PublicTypeName, type ServiceArea } from '@skb/content-types';
import { buildTime } from '../config/site.ts';
import { type Bank, createBank } from '../lib/bank.ts';
import type { FaqItem } from '../loader/cms-client.ts';
import { collectionName } from '../loader/collections.ts';

// The collections are declared in a loop over the content types, so Astro cannot name them in
// its generated types; the loaders have validated every entry already.
async function read<T>(name: string): Promise<T[]> {
  const entries = (await getCollection(name as never)) as { data: unknown }[];
  return entries.map((entry) => entry.data as T);
}

let bank: Promise<Bank> | undefined;
let faq: Promise<FaqItem[]> | undefined;

/** The bank, built on first use. */
export function getBank(): Promise<Bank> {
  bank ??= (async () => {
    const lists = await Promise.all(
      PUBLIC_TYPES.map((type) => read<EntryByType[PublicTypeName]>(collectionName(type.name))),
    );
    const entries = Object.fromEntries(PUBLIC_TYPES.map((type, i) => [type.name, lists[i]])) as {
      [K in PublicTypeName]: EntryByType[K][];
    };
    const serviceAreas = await read<ServiceArea>('serviceArea');
    return createBank({ entries, serviceAreas, now: buildTime });
  })();
  return bank;
}

/** The helpdesk's published answers, newest first. */
export function getFaq(): Promise<FaqItem[]> {
  faq ??= read<FaqItem>('faq').then((items) => items.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)));
  return faq;
}
