// What the site is made from: every published entry of every public type in both languages, the
// service areas, the helpdesk's published answers and the service-status history, read from the
// CMS once per process (src/loader/cms-client.ts checks every item) and shared by every page.
//
// Not through Astro's content layer: it stored every entry with a digest, wrote them all to
// `data-store.json` and bundled them into the page code, 24 MB at 10,000 entries, which every
// build serialised, bundled and parsed again (README, "Measured": partial builds 42-44 s with it,
// 29-31 s after). Here the build's first step reads the CMS (the cmsContent() integration in
// src/integrations/cms-data.ts, so a CMS that is down or an invalid entry stops the build before
// anything is bundled) and the pages, rendered in the same process, find the same answer. A build with the preview route leaves it beside the preview's server code
// (CMS_DATA_FILE), where the preview renderer hands it over before the page code loads
// (serve/preview-worker.ts); `astro dev` reads the CMS at the first page.
import {
  type EntryByType,
  LOCALES,
  PUBLIC_TYPES,
  type PublicTypeName,
  type ServiceArea,
  type ServiceStatusSnapshot,
} from '@skb/content-types';
import { env } from '../config/site.ts';
import { type FaqItem, readEntries, readFaq, readServiceAreas } from '../loader/cms-client.ts';
import { readSnapshots } from '../loader/service-status.ts';
import { CMS_DATA_KEY } from './cms-data-handoff.ts';

export interface CmsData {
  /** Per type, the Swedish versions, then the English ones, each in the CMS's id order. */
  entries: { [K in PublicTypeName]: EntryByType[K][] };
  serviceAreas: ServiceArea[];
  faq: FaqItem[];
  /** The service-status history, as the CMS lists it (oldest first). */
  snapshots: ServiceStatusSnapshot[];
}

/** Reads everything the site shows from the CMS; `log` gets one line per type. */
export async function readCmsData(log: (line: string) => void = () => undefined): Promise<CmsData> {
  const options = { baseUrl: env.CMS_URL, timeoutMs: env.CMS_TIMEOUT_MS };
  const [lists, serviceAreas, faq, snapshots] = await Promise.all([
    Promise.all(
      PUBLIC_TYPES.map(async (type) => {
        const perLocale = await Promise.all(LOCALES.map((locale) => readEntries(type, locale, options)));
        log(`${perLocale.map((list, i) => `${list.length} ${LOCALES[i]}`).join(', ')} ${type.pluralName}`);
        return perLocale.flat();
      }),
    ),
    readServiceAreas(options),
    readFaq(options),
    readSnapshots(options),
  ]);
  const entries = Object.fromEntries(PUBLIC_TYPES.map((type, i) => [type.name, lists[i]])) as CmsData['entries'];
  return { entries, serviceAreas, faq, snapshots };
}

// On globalThis: the build's integration and the page code are separate module graphs in one process.
const shared = globalThis as { [CMS_DATA_KEY]?: Promise<CmsData> };

/** This process's CMS data: handed over, or read on first use. */
export function cmsData(log?: (line: string) => void): Promise<CmsData> {
  shared[CMS_DATA_KEY] ??= readCmsData(log);
  return shared[CMS_DATA_KEY];
}

/**
 * Reads the CMS anew for every page rendered after it (the stack's renderer, which renders many
 * times in one process: scripts/renderer.ts). What the pages make from the data is kept per reading
 * (./loaded-bank.ts), so nothing of the reading before it is used again. Resolves once it is read.
 */
export function readCmsAgain(log?: (line: string) => void): Promise<CmsData> {
  shared[CMS_DATA_KEY] = readCmsData(log);
  return shared[CMS_DATA_KEY];
}
