import { randomBytes } from 'node:crypto';
import { normaliseEmail, type SubscriptionChoices, subscriptionChoices } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { digestSettings } from './settings';
import { type LinkPayload, signLink, verifyLink } from './tokens';

export const SUBSCRIPTION_UID = 'api::subscription.subscription';
/** A confirmation link works this long. */
export const CONFIRM_LINK_MS = 3 * 24 * 3600_000;
/** An unconfirmed subscription is deleted this long after it was last asked for. */
export const UNCONFIRMED_MS = 7 * 24 * 3600_000;

export interface SubscriptionRow {
  id: number;
  documentId: string;
  email: string;
  language: 'sv' | 'en';
  counties: string[] | null;
  serviceAreas: string[] | null;
  types: string[] | null;
  frequency: 'weekly' | 'immediate';
  confirmedAt: string | null;
  requestedAt: string | null;
  nonce: string;
  lastSentAt: string | null;
  createdAt: string;
}

const rows = (strapi: Core.Strapi) => strapi.db.query(SUBSCRIPTION_UID);
const documents = (strapi: Core.Strapi) => strapi.documents(SUBSCRIPTION_UID);

/** Work per address, one at a time in this process: the same address twice at once makes one row. */
const queues = new Map<string, Promise<unknown>>();
function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(work);
  queues.set(key, next);
  void next
    .catch(() => {})
    .finally(() => {
      if (queues.get(key) === next) queues.delete(key);
    });
  return next;
}

export async function findByEmail(strapi: Core.Strapi, email: string): Promise<SubscriptionRow | null> {
  return (await rows(strapi).findOne({ where: { email: normaliseEmail(email) } })) as SubscriptionRow | null;
}

/** A link that confirms `choices` for the subscription. */
export function confirmLink(row: SubscriptionRow, choices: Omit<SubscriptionChoices, 'email'>, now = Date.now()) {
  const settings = digestSettings();
  const token = signLink(settings.secret, {
    p: 'confirm',
    d: row.documentId,
    n: row.nonce,
    e: now + CONFIRM_LINK_MS,
    c: choices,
  });
  return `${settings.cmsUrl}/api/digest/confirm?token=${token}`;
}

/** The subscription's unsubscribe link (the one-click POST goes to the same address). */
export function unsubscribeLink(row: SubscriptionRow): string {
  const settings = digestSettings();
  const token = signLink(settings.secret, { p: 'unsubscribe', d: row.documentId, n: row.nonce, e: 0 });
  return `${settings.cmsUrl}/api/digest/unsubscribe?token=${token}`;
}

/**
 * Stores a new subscription unconfirmed, or finds the address's existing one (its choices change only
 * when the new confirmation link is followed). Returns the row and the link to send.
 */
export function requestSubscription(
  strapi: Core.Strapi,
  choices: SubscriptionChoices,
): Promise<{ row: SubscriptionRow; link: string }> {
  const email = normaliseEmail(choices.email);
  const { email: _email, ...chosen } = choices;
  return oneAtATime(email, async () => {
    const now = new Date();
    let row = await findByEmail(strapi, email);
    if (!row) {
      row = (await documents(strapi).create({
        data: {
          email,
          ...chosen,
          nonce: randomBytes(16).toString('base64url'),
          requestedAt: now.toISOString(),
        },
      })) as unknown as SubscriptionRow;
    } else if (!row.confirmedAt) {
      await rows(strapi).update({ where: { id: row.id }, data: { requestedAt: now.toISOString() } });
    }
    return { row, link: confirmLink(row, chosen, now.getTime()) };
  });
}

export type LinkResult<T> = { ok: true; row: T } | { ok: false };

async function rowOfLink(strapi: Core.Strapi, payload: LinkPayload | null): Promise<SubscriptionRow | null> {
  if (!payload) return null;
  const row = (await rows(strapi).findOne({ where: { documentId: payload.d } })) as SubscriptionRow | null;
  return row && row.nonce === payload.n ? row : null;
}

/** The subscription a genuine, unexpired confirmation link names, without confirming it. */
export async function subscriptionOfConfirmLink(strapi: Core.Strapi, token: unknown) {
  return rowOfLink(strapi, verifyLink(digestSettings().secret, token, 'confirm'));
}

/** Confirms the address and stores the choices the link carries; following it again changes nothing more. */
export async function confirmSubscription(strapi: Core.Strapi, token: unknown): Promise<LinkResult<SubscriptionRow>> {
  const payload = verifyLink(digestSettings().secret, token, 'confirm');
  const row = await rowOfLink(strapi, payload);
  if (!row || !payload) return { ok: false };
  const parsed = subscriptionChoices.omit({ email: true }).safeParse(payload.c);
  if (!parsed.success) return { ok: false };
  const data = { ...parsed.data, confirmedAt: row.confirmedAt ?? new Date().toISOString() };
  await rows(strapi).update({ where: { id: row.id }, data });
  return { ok: true, row: { ...row, ...data } };
}

/** The subscription an unsubscribe link names, if it still exists. */
export async function subscriptionOfUnsubscribeLink(strapi: Core.Strapi, token: unknown) {
  return rowOfLink(strapi, verifyLink(digestSettings().secret, token, 'unsubscribe'));
}

/**
 * Deletes the subscription a genuine link names: `deleted`, or `gone` when it was deleted already
 * (a second click is no error); `invalid` for a link that is not ours.
 */
export async function unsubscribe(strapi: Core.Strapi, token: unknown): Promise<'deleted' | 'gone' | 'invalid'> {
  const payload = verifyLink(digestSettings().secret, token, 'unsubscribe');
  if (!payload) return 'invalid';
  const row = await rowOfLink(strapi, payload);
  if (!row) return 'gone';
  await rows(strapi).delete({ where: { id: row.id } });
  return 'deleted';
}

/** Deletes subscriptions not confirmed within 7 days of their last request; returns how many. */
export async function purgeUnconfirmed(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - UNCONFIRMED_MS).toISOString();
  const { count } = (await rows(strapi).deleteMany({
    where: { confirmedAt: { $null: true }, requestedAt: { $lt: before } },
  })) as { count: number };
  return count;
}
