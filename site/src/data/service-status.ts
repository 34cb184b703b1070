// The service status of this build: every municipality's status from the bank, and the shares'
// history from the CMS, read once and shared by every page.
import type { ServiceStatusSnapshot } from '@skb/content-types';
import type { Bank } from '../lib/bank.ts';
import type { Locale } from '../lib/i18n.ts';
import { bankStatuses, type Status } from '../lib/service-status.ts';
import { fromCmsData, getBank } from './loaded-bank.ts';

/** Per locale, every municipality's status, made once per bank. */
const statuses = new WeakMap<Bank, Map<Locale, Status[]>>();

/** Every municipality's status, in SCB code order. */
export async function getStatuses(locale: Locale): Promise<Status[]> {
  const bank = await getBank();
  let perLocale = statuses.get(bank);
  if (!perLocale) {
    perLocale = new Map();
    statuses.set(bank, perLocale);
  }
  let found = perLocale.get(locale);
  if (!found) {
    found = bankStatuses(bank, locale);
    perLocale.set(locale, found);
  }
  return found;
}

/** The recorded snapshots of the shares, oldest first. */
export const getSnapshots: () => Promise<ServiceStatusSnapshot[]> = fromCmsData(
  new WeakMap(),
  (data) => data.snapshots,
);
