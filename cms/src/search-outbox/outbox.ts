// The search outbox: change notices for the indexer, kept in the CMS's own database (SQLite or
// PostgreSQL) until the indexer has taken them, so that a notice survives an indexer that is down
// and a CMS restart. One row per entry and language: ten saves of an entry while the indexer is away
// are one notice (the indexer re-reads the entry anyway). A table of our own, not a content type: it
// is never served by any API, and Strapi's schema sync leaves tables it did not create alone.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

export const OUTBOX_TABLE = 'skb_search_outbox';

type Knex = Core.Strapi['db']['connection'];

export interface OutboxRow {
  id: number;
  /** uid|documentId|locale: one row per entry and language. */
  key: string;
  event: string;
  uid: string;
  document_id: string;
  locale: string | null;
  /** Renewed by every notice for the key: a row is removed only if no newer notice came meanwhile. */
  token: string;
  attempts: number;
  next_attempt_at: number;
}

export async function ensureOutboxTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(OUTBOX_TABLE)) return;
  await knex.schema.createTable(OUTBOX_TABLE, (table) => {
    table.increments('id');
    table.string('key', 400).notNullable().unique();
    table.string('event', 40).notNullable();
    table.string('uid', 200).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('locale', 10).nullable();
    table.string('token', 40).notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.bigInteger('next_attempt_at').notNullable();
  });
}

export function createOutbox(knex: Knex) {
  const rows = () => knex<OutboxRow>(OUTBOX_TABLE);
  return {
    /** Records a notice (or renews the pending one for the same entry and language), due now. */
    async add(notice: { event: string; uid: string; documentId: string; locale: string | null }): Promise<void> {
      const row = {
        key: `${notice.uid}|${notice.documentId}|${notice.locale ?? '*'}`,
        event: notice.event,
        uid: notice.uid,
        document_id: notice.documentId,
        locale: notice.locale,
        token: randomUUID(),
        attempts: 0,
        next_attempt_at: Date.now(),
      };
      await rows().insert(row).onConflict('key').merge(['event', 'token', 'attempts', 'next_attempt_at']);
    },

    /** The oldest rows that are due. */
    async due(limit: number, now = Date.now()): Promise<OutboxRow[]> {
      const found = await rows().where('next_attempt_at', '<=', now).orderBy('id').limit(limit);
      // PostgreSQL returns bigint columns as strings.
      return found.map((row) => ({ ...row, next_attempt_at: Number(row.next_attempt_at) }));
    },

    /** The oldest row, due or not (to probe whether the indexer answers again). */
    async oldest(): Promise<OutboxRow | undefined> {
      const row = await rows().orderBy('id').first();
      return row && { ...row, next_attempt_at: Number(row.next_attempt_at) };
    },

    /** Removes a delivered row, unless a newer notice renewed it meanwhile. */
    async remove(row: Pick<OutboxRow, 'id' | 'token'>): Promise<void> {
      await rows().where({ id: row.id, token: row.token }).delete();
    },

    /** Puts a row off until `at`, counting the attempt (unless a newer notice renewed it). */
    async postpone(row: Pick<OutboxRow, 'id' | 'token' | 'attempts'>, at: number): Promise<void> {
      await rows()
        .where({ id: row.id, token: row.token })
        .update({ attempts: row.attempts + 1, next_attempt_at: at });
    },

    /** Makes every row due now (the indexer answers again: no need to wait out each row's backoff). */
    async allDueNow(now = Date.now()): Promise<void> {
      await rows().where('next_attempt_at', '>', now).update({ next_attempt_at: now });
    },

    async size(): Promise<number> {
      const [{ count }] = (await rows().count({ count: '*' })) as { count: number | string }[];
      return Number(count);
    },

    /** When the next row is due, or undefined when the outbox is empty. */
    async nextDueAt(): Promise<number | undefined> {
      const [{ next }] = (await rows().min({ next: 'next_attempt_at' })) as { next: number | string | null }[];
      return next === null ? undefined : Number(next);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
