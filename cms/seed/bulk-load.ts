// Loads many entries into the CMS through the Document Service, for the benchmarks: entries shaped as
// the public REST API serves them (the synthetic corpus of tests/support/synthetic) become the data an
// editor's save would write, checked against the content model's zod schemas before they are written,
// and are created and published in batches, one database transaction per batch. Idempotent: an entry
// whose Swedish slug exists is left alone, so a stopped load is completed by running it again.
import {
  type ContentTypeDefinition,
  inputSchema,
  ORGANISATION_KINDS,
  organisation,
  PUBLIC_TYPES,
  serviceArea,
  slugify,
  topic,
} from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { relationFields, relationKind } from './model-fields.ts';

/** One language version of an entry as `GET /api/<pluralName>` returns it. */
export interface BulkEntry {
  type: string;
  entry: Record<string, unknown> & { locale: string };
}

export interface BulkLoadReport {
  /** Entries (a Swedish version and its English one count as one) created by this run. */
  created: number;
  /** English versions created by this run. */
  english: number;
  /** Entries whose Swedish slug was there already. */
  existing: number;
  durationMs: number;
}

type Fields = Record<string, unknown>;

/** The entry with its English version, when the corpus has one right after it. */
interface Unit {
  type: ContentTypeDefinition;
  sv: Fields;
  en?: Fields;
}

const typeByName = new Map<string, ContentTypeDefinition>(PUBLIC_TYPES.map((type) => [type.name, type]));

/** Component values without the ids the REST API adds (a new entry's components get new rows). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    const { id: _id, ...rest } = value as Fields;
    return rest;
  }
  return value;
}

/** Groups the corpus into entries: a Swedish version and the English version that follows it. */
function units(corpus: readonly BulkEntry[]): Unit[] {
  const out: Unit[] = [];
  for (const { type: name, entry } of corpus) {
    const type = typeByName.get(name);
    if (!type) throw new Error(`bulk load: "${name}" is not a public content type`);
    const last = out.at(-1);
    if (entry.locale === 'en') {
      if (!last || last.type !== type || last.en) {
        throw new Error(`bulk load: an English version of ${name} "${String(entry.slug)}" without its Swedish one`);
      }
      last.en = entry;
    } else if (entry.locale === 'sv') out.push({ type, sv: entry });
    else throw new Error(`bulk load: locale "${entry.locale}" of ${name} "${String(entry.slug)}" is not sv or en`);
  }
  return out;
}

/**
 * Loads `corpus` into the CMS: `batchSize` entries to a transaction (`concurrency` transactions at a
 * time, for PostgreSQL), created and published with both
 * languages as the system writer (the demo seed's path past review). Topics and organisations the
 * entries name are created when missing; service areas must exist (the CMS creates them at start).
 */
export async function bulkLoad(
  strapi: Core.Strapi,
  corpus: readonly BulkEntry[],
  options: { batchSize?: number; concurrency?: number; log?: (line: string) => void } = {},
): Promise<BulkLoadReport> {
  const asSystem = strapi.get('skb-system-writer') as <T>(name: string, work: () => Promise<T>) => Promise<T>;
  return asSystem('bench-load', () => loadAll(strapi, corpus, options));
}

async function loadAll(
  strapi: Core.Strapi,
  corpus: readonly BulkEntry[],
  options: { batchSize?: number; concurrency?: number; log?: (line: string) => void },
): Promise<BulkLoadReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 100;
  const log = options.log ?? (() => {});
  const docs = (uid: string) => strapi.documents(uid as never);
  const all = units(corpus);
  const report: BulkLoadReport = { created: 0, english: 0, existing: 0, durationMs: 0 };

  // The Swedish slugs already there, per type: one query each, not one per entry.
  const existing = new Map<string, Set<string>>();
  for (const type of new Set(all.map((unit) => unit.type))) {
    const rows = (await strapi.db
      .query(type.uid as never)
      .findMany({ select: ['slug'], where: { locale: 'sv', publishedAt: { $null: true } } } as never)) as {
      slug: string;
    }[];
    existing.set(type.uid, new Set(rows.map((row) => row.slug)));
  }

  const termIds = new Map<string, string>();
  /** The document id of the term `uid` with this slug, created from `create` when missing. */
  const term = async (uid: string, slug: string, create?: Fields): Promise<string> => {
    const key = `${uid}:${slug}`;
    const cached = termIds.get(key);
    if (cached) return cached;
    const found = (await docs(uid).findFirst({ filters: { slug } } as never)) as { documentId: string } | null;
    let id = found?.documentId;
    if (!id && create)
      id = ((await docs(uid).create({ data: { ...create, slug } } as never)) as { documentId: string }).documentId;
    if (!id) throw new Error(`bulk load: no ${uid} with slug "${slug}"`);
    termIds.set(key, id);
    return id;
  };

  /** The document ids of the terms a populated relation holds. */
  const relationIds = async (target: string, value: unknown, where: string): Promise<string[]> => {
    const ids: string[] = [];
    for (const item of (Array.isArray(value) ? value : [value]) as Fields[]) {
      const name = String(item.name ?? '');
      const slug = String(item.slug ?? slugify(name));
      const kind = relationKind(target);
      if (kind === 'service-area') ids.push(await term(serviceArea.uid, slug));
      else if (kind === 'topic') ids.push(await term(topic.uid, slug, { name }));
      else if (kind === 'organisation')
        ids.push(await term(organisation.uid, slug, { name, kind: ORGANISATION_KINDS.values[5] }));
      else throw new Error(`bulk load: ${where} links to ${target}, which the loader does not resolve`);
    }
    return ids;
  };

  /** What an editor's save of this version writes: its fields, relations as document ids, valid by the model. */
  const dataOf = async (type: ContentTypeDefinition, entry: Fields): Promise<Fields> => {
    const where = `${type.name} "${String(entry.slug)}" (${String(entry.locale)})`;
    const data: Fields = {};
    for (const field of Object.keys(type.fields.shape)) {
      if (!(field in entry)) continue;
      const attribute = type.strapi.attributes[field as keyof typeof type.strapi.attributes] as
        | { type: string; component?: string }
        | undefined;
      data[field] = attribute?.type === 'component' ? withoutIds(entry[field]) : entry[field];
    }
    const check = { ...data };
    for (const { field, target } of relationFields(type)) {
      const value = data[field];
      if (value === undefined || value === null) continue;
      if (Array.isArray(value) && value.length === 0) {
        delete data[field];
        continue;
      }
      data[field] = { set: (await relationIds(target, value, where)).map((documentId) => ({ documentId })) };
    }
    const parsed = inputSchema(type).safeParse(check);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`bulk load: ${where} is not valid: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return data;
  };

  const todo = all.filter((unit) => {
    const there = existing.get(unit.type.uid)?.has(String(unit.sv.slug));
    if (there) report.existing++;
    return !there;
  });
  log(`bulk load: ${all.length} entries, ${report.existing} already there, ${todo.length} to load`);
  // Terms first, one at a time and outside the batches' transactions: batches that run side by side
  // would both create a new topic, and a term created by a batch that then failed would be cached
  // here but rolled back there.
  for (const unit of todo) {
    for (const version of unit.en ? [unit.sv, unit.en] : [unit.sv]) {
      for (const { field, target } of relationFields(unit.type)) {
        const value = version[field];
        if (value !== undefined && value !== null) await relationIds(target, value, unit.type.name);
      }
    }
  }
  const loadBatch = async (batch: Unit[]) => {
    await strapi.db.transaction(async () => {
      for (const unit of batch) {
        const created = (await docs(unit.type.uid).create({
          locale: 'sv',
          data: await dataOf(unit.type, unit.sv),
          status: 'published',
        } as never)) as { documentId: string };
        if (unit.en) {
          await docs(unit.type.uid).update({
            documentId: created.documentId,
            locale: 'en',
            data: await dataOf(unit.type, unit.en),
            status: 'published',
          } as never);
        }
      }
    });
    report.created += batch.length;
    report.english += batch.filter((unit) => unit.en).length;
    const now = performance.now();
    if (now - lastLog > 5000 || report.created === todo.length) {
      lastLog = now;
      const seconds = (now - started) / 1000;
      log(
        `bulk load: ${report.created}/${todo.length} entries in ${seconds.toFixed(0)} s (${(report.created / seconds).toFixed(0)} entries/s)`,
      );
    }
  };
  let lastLog = performance.now();
  const batches: Unit[][] = [];
  for (let i = 0; i < todo.length; i += batchSize) batches.push(todo.slice(i, i + batchSize));
  // `concurrency` batches at a time, each in its own transaction (PostgreSQL; SQLite has one writer).
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) await loadBatch(batch);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 1 }, worker));
  report.durationMs = performance.now() - started;
  return report;
}
