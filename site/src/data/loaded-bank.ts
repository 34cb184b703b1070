// The bank of this build: the CMS data (./cms-data.ts) made into the bank once and shared by every
// page; pages ask for it thousands of times.
import { buildTime } from '../config/site.ts';
import { type Bank, createBank } from '../lib/bank.ts';
import type { FaqItem } from '../loader/cms-client.ts';
import { cmsData } from './cms-data.ts';

let bank: Promise<Bank> | undefined;
let faq: Promise<FaqItem[]> | undefined;

/** The bank, built on first use. */
export function getBank(): Promise<Bank> {
  bank ??= cmsData().then(({ entries, serviceAreas }) => createBank({ entries, serviceAreas, now: buildTime }));
  return bank;
}

/** The helpdesk's published answers, newest first. */
export function getFaq(): Promise<FaqItem[]> {
  faq ??= cmsData().then((data) => [...data.faq].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)));
  return faq;
}
