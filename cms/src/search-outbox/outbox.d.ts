import type { Core } from '@strapi/strapi';
export declare const OUTBOX_TABLE = "skb_search_outbox";
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
export declare function ensureOutboxTable(knex: Knex): Promise<void>;
export declare function createOutbox(knex: Knex): {
    /** Records a notice (or renews the pending one for the same entry and language), due now. */
    add(notice: {
        event: string;
        uid: string;
        documentId: string;
        locale: string | null;
    }): Promise<void>;
    /** The oldest rows that are due. */
    due(limit: number, now?: number): Promise<OutboxRow[]>;
    /** The oldest row, due or not (to probe whether the indexer answers again). */
    oldest(): Promise<OutboxRow | undefined>;
    /** Removes a delivered row, unless a newer notice renewed it meanwhile. */
    remove(row: Pick<OutboxRow, "id" | "token">): Promise<void>;
    /** Puts a row off until `at`, counting the attempt (unless a newer notice renewed it). */
    postpone(row: Pick<OutboxRow, "id" | "token" | "attempts">, at: number): Promise<void>;
    /** Makes every row due now (the indexer answers again: no need to wait out each row's backoff). */
    allDueNow(now?: number): Promise<void>;
    size(): Promise<number>;
    /** When the next row is due, or undefined when the outbox is empty. */
    nextDueAt(): Promise<number | undefined>;
};
export type Outbox = ReturnType<typeof createOutbox>;
export {};
