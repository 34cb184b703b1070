// Seeds the demo content through the Document Service, so it passes the same validation as an
// editor's work. Idempotent: an entry whose Swedish slug exists in its type is left alone.
import {
  caseStudy,
  consultationResponse,
  event,
  fundingCall,
  method,
  organisation,
  type PublicType,
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
  type Refs,
  trendNoteData,
} from './build.ts';
import { DEMO_CONTENT, type DemoContent } from './data/index.ts';
import type {
  SeedCaseStudy,
  SeedCommon,
  SeedConsultationResponse,
  SeedEvent,
  SeedFundingCall,
  SeedTrendNote,
} from './types.ts';

export interface SeedReport {
  /** Entries created per type name (language versions not counted separately). */
  created: Record<string, number>;
  /** English versions created. */
  english: number;
  /** Entries that already existed and were left alone. */
  existing: number;
}

type Log = (line: string) => void;

interface Step<E extends SeedCommon> {
  type: PublicType;
  entries: readonly E[];
  refs: (entry: E) => Promise<Refs>;
  data: (entry: E, refs: Refs, now: Date) => LocaleData;
}

export async function seedDemoContent(
  strapi: Core.Strapi,
  options: { now?: Date; log?: Log; content?: DemoContent } = {},
): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const content = options.content ?? DEMO_CONTENT;
  const report: SeedReport = { created: {}, english: 0, existing: 0 };
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
      const createdDoc = (await docs(step.type.uid).create({
        locale: 'sv',
        data: { ...sv, slug },
        ...(status ? { status } : {}),
      } as never)) as { documentId: string };
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
  return report;
}

/** Spreads publication dates over the past so that "newest" lists look like a living bank. */
async function backdate(strapi: Core.Strapi, uid: string, documentId: string, at: Date): Promise<void> {
  const rows = strapi.db.query(uid as never);
  await rows.updateMany({ where: { documentId }, data: { createdAt: at, updatedAt: at } });
  await rows.updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt: at } });
}
