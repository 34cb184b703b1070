// Seeds the demo content (the files under ./content) through the Document Service, so it passes the
// same validation as an editor's work. Idempotent and safe to interrupt: each entry (both languages,
// its PDF, its dates) is written in one database transaction, so a run stopped by a signal or a lost
// database connection leaves no half-written entry, and the next run writes what is missing. An entry
// whose Swedish slug exists is left alone, except that an English version its file has is added when
// missing; a helpdesk question whose text exists is left alone.
import { type ContentTypeDefinition, organisation, question, serviceArea, slugify, topic } from '@skb/content-types';
import type { Core, UID } from '@strapi/strapi';
import { type DemoContent, loadDemoContent } from './content.ts';
import { entryData, type Fields, type LocaleData } from './entry-data.ts';
import { componentRelationFields, relationFields, relationKind } from './model-fields.ts';
import { responsePdf } from './response-pdf.ts';
import { removeUploadedFile, type UploadedFile, uploadFile } from './upload.ts';

export interface SeedReport {
  /** Entries created per type name (language versions not counted separately). */
  created: Record<string, number>;
  /** English versions created. */
  english: number;
  /** Entries that already existed and were left alone. */
  existing: number;
  /** Files uploaded into the media library (the PDFs of new published remissvar). */
  files: number;
}

type Log = (line: string) => void;

/** A file the seed makes for a new published entry and links in a media field of every language. */
interface Media {
  field: string;
  make(strapi: Core.Strapi, data: LocaleData): Promise<UploadedFile>;
}

/** Per type name: the remissvar's response as a PDF in the media library. */
const MEDIA: Record<string, Media> = {
  'consultation-response': {
    field: 'document',
    make: async (strapi, { sv }) =>
      uploadFile(strapi, {
        bytes: await responsePdf({
          title: String(sv.title),
          consultationTitle: String(sv.consultationTitle),
          referenceNumber: sv.referenceNumber as string | undefined,
          issuer: sv.issuer as string | undefined,
          respondent: String(sv.respondent),
          consultationDeadline: sv.consultationDeadline as string | undefined,
          submittedAt: sv.submittedAt as string | undefined,
          body: String(sv.body),
        }),
        fileName: `remissvar-${slugify(String(sv.title))}.pdf`,
        mime: 'application/pdf',
        alternativeText: `Remissvar: ${String(sv.title)}`,
      }),
  },
};

/**
 * The seed publishes through the system path (`asSystem`), the one way past review before
 * publishing that no HTTP request can take: demo entries are recorded as approved by `system:seed`.
 */
export function seedDemoContent(
  strapi: Core.Strapi,
  options: { now?: Date; log?: Log; content?: DemoContent } = {},
): Promise<SeedReport> {
  const asSystem = strapi.get('skb-system-writer') as <T>(name: string, work: () => Promise<T>) => Promise<T>;
  return asSystem('seed', () => seedAll(strapi, options));
}

async function seedAll(
  strapi: Core.Strapi,
  options: { now?: Date; log?: Log; content?: DemoContent },
): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const content = options.content ?? loadDemoContent({ now });
  const report: SeedReport = { created: {}, english: 0, existing: 0, files: 0 };
  // The seed writes each type's fields as its content files give them, checked by the model's zod
  // schemas and the Document Service's validation: Strapi's per-type input types cannot follow a uid
  // known only at run time, so the writes of this generic loop stay cast.
  const docs = (uid: string) => strapi.documents(uid as UID.ContentType);

  const idBySlug = async (uid: string, slug: string): Promise<string | null> => {
    const found = await docs(uid).findFirst({ filters: { slug }, status: 'draft' } as never);
    return (found as { documentId?: string } | null)?.documentId ?? null;
  };

  for (const { fields } of content.organisations) {
    const slug = slugify(String(fields.name));
    if (!(await idBySlug(organisation.uid, slug)))
      await docs(organisation.uid).create({ data: { ...fields, slug } } as never);
  }

  const termIds = new Map<string, string>();
  const term = async (uid: string, slug: string, create?: Fields): Promise<string> => {
    const cacheKey = `${uid}:${slug}`;
    const cached = termIds.get(cacheKey);
    if (cached) return cached;
    let id = await idBySlug(uid, slug);
    if (!id && create)
      id = ((await docs(uid).create({ data: { ...create, slug } } as never)) as { documentId: string }).documentId;
    if (!id) throw new Error(`seed: no ${uid} with slug "${slug}"`);
    termIds.set(cacheKey, id);
    return id;
  };

  // documentId and whether an English version exists, per type and file key.
  const seeded = new Map<string, { documentId: string; hasEnglish: boolean }>();

  /** Document ids of the entries a relation names (slugs, names, keys). */
  const idsOf = async (target: string, names: readonly string[], locale: 'sv' | 'en'): Promise<string[]> => {
    const ids: string[] = [];
    for (const name of names) {
      const kind = relationKind(target);
      if (kind === 'service-area') ids.push(await term(serviceArea.uid, name));
      else if (kind === 'topic') ids.push(await term(topic.uid, slugify(name), { name }));
      else if (kind === 'organisation') ids.push(await term(organisation.uid, slugify(name)));
      else {
        const found = seeded.get(`${target}:${name}`);
        if (!found) throw new Error(`seed: ${target} "${name}" is referred to but not seeded before`);
        // An English version links only to entries that have one.
        if (locale === 'sv' || found.hasEnglish) ids.push(found.documentId);
      }
    }
    return ids;
  };

  /** `data` with each of `relations` given as `{ set: [{ documentId }] }`. */
  const resolveRelations = async (
    data: Fields,
    relations: readonly { field: string; target: string; many: boolean }[],
    locale: 'sv' | 'en',
  ): Promise<Fields> => {
    const resolved = { ...data };
    for (const { field, target, many } of relations) {
      const value = data[field];
      if (value === undefined || value === null) continue;
      const ids = await idsOf(target, (many ? value : [value]) as string[], locale);
      resolved[field] = { set: ids.map((documentId) => ({ documentId })) };
    }
    return resolved;
  };

  /** The data of one language with its relations (slugs, names, keys) replaced by document ids. */
  const withRelations = async (
    entryType: ContentTypeDefinition,
    data: Fields,
    locale: 'sv' | 'en',
  ): Promise<Fields> => {
    const resolved = await resolveRelations(data, relationFields(entryType), locale);
    // Relations inside components (a meeting's follow-up names its goal), item by item.
    for (const { field, repeatable, relations } of componentRelationFields(entryType)) {
      const value = data[field];
      if (value === undefined || value === null) continue;
      const items: Fields[] = [];
      for (const item of (repeatable ? value : [value]) as Fields[]) {
        items.push(await resolveRelations(item, relations, locale));
      }
      resolved[field] = repeatable ? items : items[0];
    }
    return resolved;
  };

  /** Runs `work` in one transaction: all of it is stored, or none of it (also when the process dies). */
  const atomically = async <T>(work: () => Promise<T>): Promise<T> => await strapi.db.transaction(() => work());

  const createdByType = new Map<string, number>();
  for (const entry of content.entries) {
    const { type } = entry;
    const key = `${type.uid}:${entry.key}`;
    const { sv, en } = entryData(entry, now);
    const status = entry.seed.draft ? undefined : 'published';
    const media = status ? MEDIA[type.name] : undefined;
    const existingId = await idBySlug(type.uid, String(sv.slug));
    if (existingId) {
      let hasEnglish = Boolean(await docs(type.uid).findOne({ documentId: existingId, locale: 'en', status: 'draft' }));
      if (en && !hasEnglish) {
        // A run before writes were atomic stopped between the languages: add what its file has.
        await atomically(async () => {
          const swedish = (await docs(type.uid).findOne({
            documentId: existingId,
            locale: 'sv',
            status: 'draft',
            ...(media ? { populate: [media.field] } : {}),
          } as never)) as Record<string, { id?: number } | undefined> | null;
          const enData = await withRelations(type, en, 'en');
          if (media) enData[media.field] = swedish?.[media.field]?.id ?? null;
          await docs(type.uid).update({
            documentId: existingId,
            locale: 'en',
            data: enData,
            ...(status ? { status } : {}),
          });
          await backdate(
            strapi,
            type.uid,
            { documentId: existingId, locale: 'en' },
            daysAgo(now, entry.seed.publishedDaysAgo),
          );
        });
        report.english++;
        hasEnglish = true;
      }
      seeded.set(key, { documentId: existingId, hasEnglish });
      report.existing++;
      continue;
    }
    let file: UploadedFile | undefined;
    try {
      const documentId = await atomically(async () => {
        const svData = await withRelations(type, sv, 'sv');
        file = media ? await media.make(strapi, { sv, en }) : undefined;
        if (media && file) svData[media.field] = file.id;
        const created = (await docs(type.uid).create({
          locale: 'sv',
          data: svData,
          ...(status ? { status } : {}),
        })) as { documentId: string };
        if (en) {
          const enData = await withRelations(type, en, 'en');
          if (media && file) enData[media.field] = file.id;
          await docs(type.uid).update({
            documentId: created.documentId,
            locale: 'en',
            data: enData,
            ...(status ? { status } : {}),
          });
        }
        await backdate(strapi, type.uid, { documentId: created.documentId }, daysAgo(now, entry.seed.publishedDaysAgo));
        return created.documentId;
      });
      seeded.set(key, { documentId, hasEnglish: Boolean(en) });
    } catch (error) {
      // The file's row went with the transaction; its bytes in storage go too.
      if (file) await removeUploadedFile(strapi, file).catch(() => {});
      throw error;
    }
    if (file) report.files++;
    if (en) report.english++;
    createdByType.set(type.name, (createdByType.get(type.name) ?? 0) + 1);
  }
  for (const type of new Set(content.entries.map((entry) => entry.type))) {
    const created = createdByType.get(type.name) ?? 0;
    const total = content.entries.filter((entry) => entry.type === type).length;
    report.created[type.name] = created;
    log(`${type.label.svPlural}: ${created} new, ${total - created} already there`);
  }

  let questions = 0;
  for (const { fields, seed } of content.questions) {
    if ((await docs(question.uid).count({ filters: { question: fields.question } } as never)) > 0) {
      report.existing++;
      continue;
    }
    const data = await withRelations(question, fields, 'sv');
    await atomically(async () => {
      const created = (await docs(question.uid).create({ data })) as { documentId: string };
      await strapi.db.query(question.uid).updateMany({
        where: { documentId: created.documentId },
        data: {
          createdAt: daysAgo(now, seed.receivedDaysAgo),
          updatedAt: daysAgo(now, seed.answeredDaysAgo ?? seed.receivedDaysAgo),
        },
      });
    });
    questions++;
  }
  report.created[question.name] = questions;
  log(`${question.label.svPlural}: ${questions} new, ${content.questions.length - questions} already there`);
  log(`Remissvar PDFs: ${report.files} uploaded`);
  return report;
}

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** Spreads publication dates over the past so that "newest" lists look like a living bank. */
async function backdate(
  strapi: Core.Strapi,
  uid: string,
  rows: { documentId: string; locale?: string },
  at: Date,
): Promise<void> {
  const query = strapi.db.query(uid);
  await query.updateMany({ where: rows, data: { createdAt: at, updatedAt: at } });
  await query.updateMany({ where: { ...rows, publishedAt: { $notNull: true } }, data: { publishedAt: at } });
}
