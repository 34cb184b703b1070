// The service status of this build: every municipality's status from the bank, and the shares'
// history from the CMS, read once and shared by every page.
import type { ServiceStatusSnapshot } from '@skb/content-types';
import type { Locale } from '../lib/i18n.ts';
import { bankStatuses, type Status } from '../lib/service-status.ts';
import { cmsData } from './cms-data.ts';
import { getBank } from './loaded-bank.ts';

const statuses = new Map<Locale, Promise<Status[]>>();
let snapshots: Promise<ServiceStatusSnapshot[]> | undefined;

/** Every municipality's status, in SCB code order. */
export function getStatuses(locale: Locale): Promise<Status[]> {
  let found = statuses.get(locale);
  if (!found) {
    found = getBank().then((bank) => bankStatuses(bank, locale));
    statuses.set(locale, found);
  }
  return found;
}

/** The recorded snapshots of the shares, oldest first. */
export function getSnapshots(): Promise<ServiceStatusSnapshot[]> {
  snapshots ??= cmsData().then((data) => data.snapshots);
  return snapshots;
}
