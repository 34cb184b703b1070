// The entry a preview link shows, as the entry pages see it: the CMS's answer (the draft or the
// published version, read by the stack's server) checked with the type's schema and made a
// BankEntry with the service areas and language versions of the last build.
import { type EntryByType, fieldPath, PUBLIC_TYPE_NAMES, PUBLIC_TYPES, type PublicTypeName } from '@skb/content-types';
import { cmsData } from '../data/cms-data.ts';
import { getBank } from '../data/loaded-bank.ts';
import { type BankEntry, createBank } from '../lib/bank.ts';

/** What the stack's server hands the preview page (Astro.locals.preview) after checking the link. */
export interface PreviewLocals {
  /** Strapi uid of the type. */
  type: string;
  locale: 'sv' | 'en';
  status: 'draft' | 'published';
  /** The CMS's answer for that version, or null when it has none. */
  document: unknown;
}

export type PreviewResult =
  | { ok: true; entry: BankEntry }
  | { ok: false; status: number; message: { sv: string; en: string }; problems?: string[] };

export async function previewEntry(preview: PreviewLocals): Promise<PreviewResult> {
  const type = PUBLIC_TYPES.find((candidate) => candidate.uid === preview.type);
  if (!type) {
    return {
      ok: false,
      status: 404,
      message: { sv: 'Den här typen visas inte på webbplatsen.', en: 'This type is not shown on the site.' },
    };
  }
  if (!preview.document) {
    return {
      ok: false,
      status: 404,
      message: {
        sv: 'Posten finns inte (längre) i den här versionen.',
        en: 'The entry does not exist (any more) in this version.',
      },
    };
  }
  const parsed = type.entry.safeParse(preview.document);
  if (!parsed.success) {
    // A draft may still lack what a published page needs: the editor sees what.
    return {
      ok: false,
      status: 422,
      message: {
        sv: 'Utkastet kan inte visas som en sida än. Det här saknas eller är fel:',
        en: 'The draft cannot be shown as a page yet. This is missing or wrong:',
      },
      problems: parsed.error.issues.map((issue) => `${fieldPath(issue.path) || '(posten)'}: ${issue.message}`),
    };
  }
  const { serviceAreas } = await cmsData();
  const entries = Object.fromEntries(PUBLIC_TYPE_NAMES.map((name) => [name, []])) as unknown as {
    [K in PublicTypeName]: EntryByType[K][];
  };
  (entries[type.name] as unknown[]).push(parsed.data);
  const single = createBank({
    entries,
    serviceAreas,
    now: new Date(),
  });
  const [entry] = single.everyVersion();
  if (!entry) throw new Error('the preview entry was not made a page');
  // The other language's page, when the last build has it.
  const published = (await getBank()).versionsOf(entry.key);
  for (const [locale, version] of Object.entries(published)) {
    if (locale !== entry.locale && version) entry.versions[locale as 'sv' | 'en'] = version.path;
  }
  return { ok: true, entry };
}
