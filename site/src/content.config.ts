// Content comes from the CMS at build time, through the loaders in ./loader. The entries are
// validated there with the content-types schemas (one clear error per invalid entry), so the
// collections declare no schema of their own.
import { defineCollection } from 'astro:content';
import { PUBLIC_TYPES } from '@skb/content-types';
import { env } from './config/site.ts';
import { collectionName, entryLoader, faqLoader, serviceAreaLoader } from './loader/collections.ts';
import { snapshotLoader } from './loader/service-status.ts';

const cms = () => ({ baseUrl: env.CMS_URL, timeoutMs: env.CMS_TIMEOUT_MS });

export const collections = {
  ...Object.fromEntries(
    PUBLIC_TYPES.map((type) => [collectionName(type.name), defineCollection({ loader: entryLoader(type, cms) })]),
  ),
  serviceArea: defineCollection({ loader: serviceAreaLoader(cms) }),
  faq: defineCollection({ loader: faqLoader(cms) }),
  serviceStatusSnapshots: defineCollection({ loader: snapshotLoader(cms) }),
};
