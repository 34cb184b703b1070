// Seeds the demo content through the Document Service, so it passes the same validation as an
// editor's work. Idempotent: an entry whose Swedish slug exists in its type is left alone, and so is a
// helpdesk question whose text exists. A published remissvar gets its response as a PDF, uploaded
// into the media library just before the entry is created (never again for an existing entry).
import {
  caseStudy,
  consultationResponse,
  event,
  fundingCall,
  method,
  organisation,
  type PublicType,
  question,
  serviceArea,
  slugify,
  topic,
  trendNote,
} from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import {
  caseStudyData,
  consultationResponseData,
  eventData,
  fundingCallData,
  type LocaleData,
  methodData,
  questionData,
  type Refs,
  trendNoteData,
} from './build.ts';
import { DEMO_CONTENT, type DemoContent } from './data/index.ts';
import { responsePdf } from './response-pdf.ts';
import type {
  SeedCaseStudy,
  SeedCommon,
  SeedConsultationResponse,
  SeedEvent,
  SeedFundingCall,
  SeedTrendNote,
} from './types.ts';
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

interface Step<E extends SeedCommon> {
  type: PublicType;
  entries: readonly E[];
  refs: (entry: E) => Promise<Refs>;
  data: (entry: E, refs: Refs, now: Date) => LocaleData;
  /** A file to upload and link in a media field of a new published entry (in every language). */
  media?: (entry: E, data: LocaleData) => Promise<{ field: string; file: UploadedFile }>;
}

export async function seedDemoContent(
  strapi: Core.Strapi,
  options: { now?: Date; log?: Log; content?: DemoContent } = {},
): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const content = options.content ?? DEMO_CONTENT;
  const report: SeedReport = { created: {}, english: 0, existing: 0, files: 0 };
  const docs = (uid: string) => strapi.documents(uid as never);

  const idBySlug = async (uid: string, slug: string): Promise<string | null> => {
    const found = await docs(uid).findFirst({ filters: { slug } as never, status: 'draft' } as never);
    return (found as { documentId?: string } | null)?.documentId ?? null;
  };

  for (const org of content.organisations) {
    const slug = slugify(org.name);
    if (!(await idBySlug(organisation.uid, slug)))
      await docs(organisation.uid).create({ data: { ...org, slug } } as never);
  }

  const termIds = new Map<string, string>();
  const term = async (uid: string, name: string, isTopic: boolean): Promise<string> => {
    const slug = isTopic ? slugify(name) : name;
    const cacheKey = `${uid}:${slug}`;
    const cached = termIds.get(cacheKey);
    if (cached) return cached;
    let id = await idBySlug(uid, slug);
    if (!id && isTopic) {
      const created = await docs(uid).create({ data: { name, slug } } as never);
      id = (created as { documentId: string }).documentId;
    }
    if (!id) throw new Error(`seed: no ${uid} with slug "${slug}"`);
    termIds.set(cacheKey, id);
    return id;
  };
  const orgId = (name: string) => term(organisation.uid, slugify(name), false);

  // documentId and whether an English version exists, per type and seed key.
  const seeded = new Map<string, { documentId: string; hasEnglish: boolean }>();
  const entryRefs = (typeName: string, keys: readonly string[], locale: 'sv' | 'en') =>
    keys
      .map((key) => {
        const found = seeded.get(`${typeName}:${key}`);
        if (!found) throw new Error(`seed: ${typeName} "${key}" is referred to but not seeded before`);
        return found;
      })
      .filter((found) => locale === 'sv' || found.hasEnglish)
      .map((found) => found.documentId);

  const commonRefs = async (entry: SeedCommon): Promise<Refs> => ({
    serviceAreas: await Promise.all(entry.serviceAreas.map((slug) => term(serviceArea.uid, slug, false))),
    topics: await Promise.all(entry.topics.map((name) => term(topic.uid, name, true))),
  });

  // Each step is typed against its own seed entry type, then run through the same loop.
  const step = <E extends SeedCommon>(s: Step<E>) => s as unknown as Step<SeedCommon>;
  const steps: Step<SeedCommon>[] = [
    step({ type: method, entries: content.methods, refs: commonRefs, data: methodData }),
    step<SeedCaseStudy>({
      type: caseStudy,
      entries: content.caseStudies,
      refs: async (entry) => ({
        ...(await commonRefs(entry)),
        organisations: await Promise.all(entry.organisations.map(orgId)),
        methods: entry.methods,
      }),
      data: caseStudyData,
    }),
    step<SeedFundingCall>({
      type: fundingCall,
      entries: content.fundingCalls,
      refs: async (entry) => ({ ...(await commonRefs(entry)), funder: await orgId(entry.funder) }),
      data: fundingCallData,
    }),
    step<SeedConsultationResponse>({
      type: consultationResponse,
      entries: content.consultationResponses,
      refs: async (entry) => ({
        ...(await commonRefs(entry)),
        issuer: await orgId(entry.issuer),
        respondent: await orgId(entry.respondent),
        methods: entry.methods,
        caseStudies: entry.caseStudies,
      }),
      data: consultationResponseData,
      media: async (entry, { sv }) => {
        const bytes = responsePdf({
          title: entry.title,
          consultationTitle: entry.consultationTitle,
          referenceNumber: entry.referenceNumber,
          issuer: entry.issuer,
          respondent: entry.respondent,
          consultationDeadline: sv.consultationDeadline as string,
          submittedAt: sv.submittedAt as string | null,
          body: entry.body,
        });
        const fileName = `remissvar-${slugify(entry.title)}.pdf`;
        const file = await uploadFile(strapi, {
          bytes,
          fileName,
          mime: 'application/pdf',
          alternativeText: `Remissvar: ${entry.title}`,
        });
        return { field: 'document', file };
      },
    }),
    step<SeedTrendNote>({ type: trendNote, entries: content.trendNotes, refs: commonRefs, data: trendNoteData }),
    step<SeedEvent>({
      type: event,
      entries: content.events,
      refs: async (entry) => ({ ...(await commonRefs(entry)), organiser: await orgId(entry.organiser) }),
      data: eventData,
    }),
  ];

  // Relations to other seeded entries are given as seed keys; they become document ids per locale.
  const entryRelations: Record<string, string> = { methods: method.name, caseStudies: caseStudy.name };
  const resolveEntryRelations = (data: Record<string, unknown>, refs: Refs, locale: 'sv' | 'en') => {
    for (const [field, typeName] of Object.entries(entryRelations)) {
      const keys = refs[field];
      if (Array.isArray(keys) && field in data) {
        data[field] = { set: entryRefs(typeName, keys, locale).map((documentId) => ({ documentId })) };
      }
    }
  };

  for (const step of steps) {
    let created = 0;
    for (const entry of step.entries) {
      const key = `${step.type.name}:${entry.key}`;
      const slug = slugify(entry.title);
      const existingId = await idBySlug(step.type.uid, slug);
      if (existingId) {
        const english = await docs(step.type.uid).findOne({
          documentId: existingId,
          locale: 'en',
          status: 'draft',
        } as never);
        seeded.set(key, { documentId: existingId, hasEnglish: Boolean(english) });
        report.existing++;
        continue;
      }
      const refs = await step.refs(entry);
      const { sv, en } = step.data(entry, refs, now);
      resolveEntryRelations(sv, refs, 'sv');
      const status = entry.draft ? undefined : 'published';
      const media = status && step.media ? await step.media(entry, { sv, en }) : undefined;
      if (media) {
        sv[media.field] = media.file.id;
        if (en) en[media.field] = media.file.id;
        report.files++;
      }
      let createdDoc: { documentId: string };
      try {
        createdDoc = (await docs(step.type.uid).create({
          locale: 'sv',
          data: { ...sv, slug },
          ...(status ? { status } : {}),
        } as never)) as { documentId: string };
      } catch (error) {
        // The file belongs to the entry: do not leave it behind in the media library.
        if (media) await removeUploadedFile(strapi, media.file).catch(() => {});
        throw error;
      }
      if (en) {
        resolveEntryRelations(en, refs, 'en');
        await docs(step.type.uid).update({
          documentId: createdDoc.documentId,
          locale: 'en',
          data: { ...en, slug: slugify(String(en.title)) },
          ...(status ? { status } : {}),
        } as never);
        report.english++;
      }
      await backdate(
        strapi,
        step.type.uid,
        createdDoc.documentId,
        new Date(now.getTime() - entry.publishedDaysAgo * 86_400_000),
      );
      seeded.set(key, { documentId: createdDoc.documentId, hasEnglish: Boolean(en) });
      created++;
    }
    report.created[step.type.name] = created;
    log(`${step.type.label.svPlural}: ${created} new, ${step.entries.length - created} already there`);
  }

  let questions = 0;
  for (const entry of content.questions) {
    if ((await docs(question.uid).count({ filters: { question: entry.question } } as never)) > 0) {
      report.existing++;
      continue;
    }
    const serviceAreas = await Promise.all(
      (entry.serviceAreas ?? []).map((slug) => term(serviceArea.uid, slug, false)),
    );
    const created = (await docs(question.uid).create({
      data: questionData(entry, { serviceAreas }),
    } as never)) as { documentId: string };
    const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
    await strapi.db.query(question.uid as never).updateMany({
      where: { documentId: created.documentId },
      data: { createdAt: day(entry.receivedDaysAgo), updatedAt: day(entry.answeredDaysAgo ?? entry.receivedDaysAgo) },
    });
    questions++;
  }
  report.created[question.name] = questions;
  log(`${question.label.svPlural}: ${questions} new, ${content.questions.length - questions} already there`);
  log(`Remissvar PDFs: ${report.files} uploaded`);
  return report;
}

/** Spreads publication dates over the past so that "newest" lists look like a living bank. */
async function backdate(strapi: Core.Strapi, uid: string, documentId: string, at: Date): Promise<void> {
  const rows = strapi.db.query(uid as never);
  await rows.updateMany({ where: { documentId }, data: { createdAt: at, updatedAt: at } });
  await rows.updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt: at } });
}
