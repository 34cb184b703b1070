// Seeds the demo content (the files under ./content) through the Document Service, so it passes the
// same validation as an editor's work. Idempotent: an entry whose Swedish slug exists in its type is
// left alone, and so is a helpdesk question whose text exists. A published remissvar gets its response
// as a PDF, uploaded into the media library just before the entry is created (never again for an
// existing entry).
import { type ContentTypeDefinition, organisation, question, serviceArea, slugify, topic } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { type DemoContent, loadDemoContent } from './content.ts';
import { entryData, type Fields, type LocaleData } from './entry-data.ts';
import { relationFields, relationKind } from './model-fields.ts';
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

/** A file to upload and link in a media field of a new published entry (in every language), per type. */
type Media = (strapi: Core.Strapi, data: LocaleData) => Promise<{ field: string; file: UploadedFile }>;

const MEDIA: Record<string, Media> = {
  'consultation-response': async (strapi, { sv }) => {
    const bytes = responsePdf({
      title: String(sv.title),
      consultationTitle: String(sv.consultationTitle),
      referenceNumber: sv.referenceNumber as string | undefined,
      issuer: sv.issuer as string | undefined,
      respondent: String(sv.respondent),
      consultationDeadline: sv.consultationDeadline as string | undefined,
      submittedAt: sv.submittedAt as string | undefined,
      body: String(sv.body),
    });
    const file = await uploadFile(strapi, {
      bytes,
      fileName: `remissvar-${slugify(String(sv.title))}.pdf`,
      mime: 'application/pdf',
      alternativeText: `Remissvar: ${String(sv.title)}`,
    });
    return { field: 'document', file };
  },
};

export async function seedDemoContent(
  strapi: Core.Strapi,
  options: { now?: Date; log?: Log; content?: DemoContent } = {},
): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const content = options.content ?? loadDemoContent({ now });
  const report: SeedReport = { created: {}, english: 0, existing: 0, files: 0 };
  const docs = (uid: string) => strapi.documents(uid as never);

  const idBySlug = async (uid: string, slug: string): Promise<string | null> => {
    const found = await docs(uid).findFirst({ filters: { slug } as never, status: 'draft' } as never);
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

  /** The data of one language with its relations (slugs, names, keys) replaced by document ids. */
  const withRelations = async (
    entryType: ContentTypeDefinition,
    data: Fields,
    locale: 'sv' | 'en',
  ): Promise<Fields> => {
    const resolved = { ...data };
    for (const { field, target, many } of relationFields(entryType)) {
      const value = data[field];
      if (value === undefined || value === null) continue;
      const ids: string[] = [];
      for (const name of (many ? value : [value]) as string[]) {
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
      resolved[field] = { set: ids.map((documentId) => ({ documentId })) };
    }
    return resolved;
  };

  const createdByType = new Map<string, number>();
  for (const entry of content.entries) {
    const { type } = entry;
    const key = `${type.uid}:${entry.key}`;
    const { sv, en } = entryData(entry, now);
    const existingId = await idBySlug(type.uid, String(sv.slug));
    if (existingId) {
      const english = await docs(type.uid).findOne({ documentId: existingId, locale: 'en', status: 'draft' } as never);
      seeded.set(key, { documentId: existingId, hasEnglish: Boolean(english) });
      report.existing++;
      continue;
    }
    const status = entry.seed.draft ? undefined : 'published';
    const media = status && MEDIA[type.name] ? await MEDIA[type.name]?.(strapi, { sv, en }) : undefined;
    const svData = await withRelations(type, sv, 'sv');
    if (media) {
      svData[media.field] = media.file.id;
      report.files++;
    }
    let createdDoc: { documentId: string };
    try {
      createdDoc = (await docs(type.uid).create({
        locale: 'sv',
        data: svData,
        ...(status ? { status } : {}),
      } as never)) as { documentId: string };
    } catch (error) {
      // The file belongs to the entry: do not leave it behind in the media library.
      if (media) await removeUploadedFile(strapi, media.file).catch(() => {});
      throw error;
    }
    if (en) {
      const enData = await withRelations(type, en, 'en');
      if (media) enData[media.field] = media.file.id;
      await docs(type.uid).update({
        documentId: createdDoc.documentId,
        locale: 'en',
        data: enData,
        ...(status ? { status } : {}),
      } as never);
      report.english++;
    }
    await backdate(strapi, type.uid, createdDoc.documentId, daysAgo(now, entry.seed.publishedDaysAgo));
    seeded.set(key, { documentId: createdDoc.documentId, hasEnglish: Boolean(en) });
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
    const created = (await docs(question.uid).create({
      data: await withRelations(question, fields, 'sv'),
    } as never)) as { documentId: string };
    await strapi.db.query(question.uid as never).updateMany({
      where: { documentId: created.documentId },
      data: {
        createdAt: daysAgo(now, seed.receivedDaysAgo),
        updatedAt: daysAgo(now, seed.answeredDaysAgo ?? seed.receivedDaysAgo),
      },
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
async function backdate(strapi: Core.Strapi, uid: string, documentId: string, at: Date): Promise<void> {
  const rows = strapi.db.query(uid as never);
  await rows.updateMany({ where: { documentId }, data: { createdAt: at, updatedAt: at } });
  await rows.updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt: at } });
}
