// The bank of this build: the CMS data (./cms-data.ts) made into the bank once and shared by every
// page; pages ask for it thousands of times. Kept per reading of the CMS, so that a process that
// renders again after reading it anew (the stack's renderer, scripts/renderer.ts) gets a new bank.
import { buildTime } from '../config/site.ts';
import { type Bank, createBank } from '../lib/bank.ts';
import type { FaqItem } from '../loader/cms-client.ts';
import { type CmsData, cmsData } from './cms-data.ts';

/** What is made from one reading of the CMS, made once. */
export function fromCmsData<T>(memo: WeakMap<Promise<CmsData>, Promise<T>>, make: (data: CmsData) => T | Promise<T>) {
  return (): Promise<T> => {
    const data = cmsData();
    let made = memo.get(data);
    if (!made) {
      made = data.then(make);
      memo.set(data, made);
    }
    return made;
  };
}

/** The bank, built on first use. */
export const getBank: () => Promise<Bank> = fromCmsData(new WeakMap(), ({ entries, serviceAreas }) =>
  createBank({ entries, serviceAreas, now: buildTime }),
);

/** The helpdesk's published answers, newest first. */
export const getFaq: () => Promise<FaqItem[]> = fromCmsData(new WeakMap(), (data) =>
  [...data.faq].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)),
);
