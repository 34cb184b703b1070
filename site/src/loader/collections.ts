// The content layer's loaders: one collection per public type (both languages), the service areas
// and the helpdesk's published answers. Each load replaces its collection whole, so the site always
// shows exactly what the CMS publishes now.

import { LOCALES, type PublicType } from '@skb/content-types';
import type { Loader } from 'astro/loaders';
import { type CmsClientOptions, readEntries, readFaq, readServiceAreas } from './cms-client.ts';

/** Collection name of a public type: `case-study` → `caseStudy`. */
export function collectionName(typeName: string): string {
  return typeName.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Every published entry of one type, in every language, keyed `sv/<documentId>`. */
export function entryLoader(type: PublicType, options: () => CmsClientOptions): Loader {
  return {
    name: `skb-strapi-${type.name}`,
    async load({ store, logger, generateDigest }) {
      const perLocale = await Promise.all(LOCALES.map((locale) => readEntries(type, locale, options())));
      store.clear();
      for (const entry of perLocale.flat()) {
        const data = entry as unknown as Record<string, unknown>;
        store.set({ id: `${entry.locale}/${entry.documentId}`, data, digest: generateDigest(data) });
      }
      logger.info(`${perLocale.map((list, i) => `${list.length} ${LOCALES[i]}`).join(', ')} ${type.pluralName}`);
    },
  };
}

/** The service areas (taxonomy), keyed by slug. */
export function serviceAreaLoader(options: () => CmsClientOptions): Loader {
  return {
    name: 'skb-strapi-service-areas',
    async load({ store, generateDigest }) {
      const areas = await readServiceAreas(options());
      store.clear();
      for (const area of areas) {
        const data = area as unknown as Record<string, unknown>;
        store.set({ id: area.slug, data, digest: generateDigest(data) });
      }
    },
  };
}

/** The helpdesk's published questions and answers, keyed by documentId. */
export function faqLoader(options: () => CmsClientOptions): Loader {
  return {
    name: 'skb-strapi-helpdesk-faq',
    async load({ store, generateDigest }) {
      const items = await readFaq(options());
      store.clear();
      for (const item of items) {
        const data = item as unknown as Record<string, unknown>;
        store.set({ id: item.documentId, data, digest: generateDigest(data) });
      }
    },
  };
}
