import {
  countiesOfMunicipalities,
  type DigestEntryScope,
  entryPath,
  isMunicipalityCode,
  maskEmail,
  matchesSubscription,
  PUBLIC_TYPES,
  type PublicTypeName,
} from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { type DigestItem, digestMail } from './render';
import { digestSettings } from './settings';
import { purgeUnconfirmed, SUBSCRIPTION_UID, type SubscriptionRow, unsubscribeLink } from './store';

// The digest: for each confirmed subscriber, the published entries that match their choices and are
// new since their last mail, and the funding calls whose deadline is within 14 days; one mail each,
// through Strapi's e-mail plugin, with one-click unsubscribe headers (RFC 8058). Nothing goes to an
// unconfirmed address, and nothing to a subscriber with nothing new.

/** Name under which the CMS offers `runDigest` and `describeDigest` to in-process code. */
export const DIGEST_RUNNER = 'skb-digest';

const DEADLINE_WINDOW_MS = 14 * 24 * 3600_000;

type Row = Record<string, unknown> & {
  documentId: string;
  title: string;
  slug: string;
  summary: string;
  locale: string;
  publishedAt: string;
  serviceAreas?: { slug: string }[];
};

interface Candidate extends DigestEntryScope {
  documentId: string;
  locale: string;
  publishedAt: string;
  item: DigestItem;
}

const codes = (value: unknown) => (Array.isArray(value) ? value.filter((code) => typeof code === 'string') : []);

/** The counties an entry is about, as the site's county pages count them; none = all of Sweden. */
function scopeOf(type: PublicTypeName, row: Row): Pick<DigestEntryScope, 'counties' | 'national'> {
  if (type === 'funding-call') return { counties: codes(row.counties), national: row.geography === 'nationell' };
  if (type === 'trend-note') return { counties: codes(row.region), national: codes(row.region).length === 0 };
  const municipalities = [...codes(row.municipalities), ...codes([row.municipality])].filter(isMunicipalityCode);
  const counties = [...new Set([...countiesOfMunicipalities(municipalities), ...codes(row.counties)])];
  return { counties, national: counties.length === 0 };
}

async function publishedEntries(strapi: Core.Strapi, locale: string, since: Date, siteUrl: string) {
  const found: Candidate[] = [];
  for (const type of PUBLIC_TYPES) {
    const filters =
      type.name === 'funding-call'
        ? { $or: [{ publishedAt: { $gt: since.toISOString() } }, { deadline: { $gte: new Date().toISOString() } }] }
        : { publishedAt: { $gt: since.toISOString() } };
    const entries = (await strapi.documents(type.uid).findMany({
      status: 'published',
      locale,
      filters,
      populate: { serviceAreas: { fields: ['slug'] } },
      limit: 1000,
    })) as unknown as Row[];
    for (const row of entries) {
      found.push({
        type: type.name,
        documentId: row.documentId,
        locale: row.locale,
        publishedAt: row.publishedAt,
        serviceAreas: (row.serviceAreas ?? []).map((area) => area.slug),
        ...scopeOf(type.name, row),
        item: {
          type: type.name,
          title: row.title,
          summary: row.summary,
          url: `${siteUrl}${entryPath({ type: type.name, slug: row.slug, locale: row.locale })}`,
          deadline: type.name === 'funding-call' ? (row.deadline as string) : undefined,
        },
      });
    }
  }
  return found;
}

export interface DigestPlan {
  /** The subscriber's address masked (`a***@example.se`). */
  to: string;
  language: 'sv' | 'en';
  frequency: 'weekly' | 'immediate';
  items: { type: string; title: string }[];
  deadlines: { title: string; deadline: string }[];
}

export interface DigestReport {
  sent: DigestPlan[];
  /** Confirmed subscribers with nothing new. */
  nothingNew: number;
  /** Unconfirmed subscriptions deleted for being older than 7 days. */
  purged: number;
  dryRun: boolean;
}

export async function runDigest(
  strapi: Core.Strapi,
  options: { frequencies?: readonly ('weekly' | 'immediate')[]; dryRun?: boolean; now?: Date } = {},
): Promise<DigestReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun === true;
  const frequencies = options.frequencies ?? ['weekly', 'immediate'];
  const settings = digestSettings();
  const purged = dryRun ? 0 : await purgeUnconfirmed(strapi, now);
  const subscribers = (await strapi.db.query(SUBSCRIPTION_UID).findMany({
    where: { confirmedAt: { $notNull: true }, frequency: { $in: [...frequencies] } },
    orderBy: { id: 'asc' },
  })) as SubscriptionRow[];
  // New since the last mail, or since the confirmation for the first one.
  const sinceOf = (row: SubscriptionRow) => new Date((row.lastSentAt ?? row.confirmedAt) as string);
  const report: DigestReport = { sent: [], nothingNew: 0, purged, dryRun };
  if (subscribers.length === 0) return report;
  const oldest = new Date(Math.min(...subscribers.map((row) => sinceOf(row).getTime())));
  // Swedish for everyone; English versions for those who read English, the Swedish one where there is none.
  const swedish = await publishedEntries(strapi, 'sv', oldest, settings.siteUrl);
  const languages = new Set(subscribers.map((row) => row.language));
  const english = languages.has('en') ? await publishedEntries(strapi, 'en', oldest, settings.siteUrl) : [];
  const inEnglish = new Map(english.map((entry) => [`${entry.type}:${entry.documentId}`, entry]));
  const entriesFor = (language: 'sv' | 'en') =>
    language === 'sv' ? swedish : swedish.map((entry) => inEnglish.get(`${entry.type}:${entry.documentId}`) ?? entry);

  for (const subscriber of subscribers) {
    const since = sinceOf(subscriber);
    const choices = {
      counties: subscriber.counties ?? [],
      serviceAreas: subscriber.serviceAreas ?? [],
      types: subscriber.types ?? [],
    };
    const matching = entriesFor(subscriber.language).filter((entry) => matchesSubscription(entry, choices));
    const items = matching.filter((entry) => Date.parse(entry.publishedAt) > since.getTime()).map((e) => e.item);
    const told = new Set(items);
    // A deadline is told when it comes within 14 days of the last mail, and the weekly digest tells
    // it once more in its last week: never the same reminder twice in a row.
    const thresholds =
      subscriber.frequency === 'weekly' ? [DEADLINE_WINDOW_MS, DEADLINE_WINDOW_MS / 2] : [DEADLINE_WINDOW_MS];
    const deadlines = matching
      .filter((entry) => {
        if (!entry.item.deadline || told.has(entry.item)) return false;
        const deadline = Date.parse(entry.item.deadline);
        if (deadline < now.getTime()) return false;
        return thresholds.some((t) => deadline - t > since.getTime() && deadline - t <= now.getTime());
      })
      .map((entry) => entry.item)
      .sort((a, b) => (a.deadline as string).localeCompare(b.deadline as string));
    if (items.length === 0 && deadlines.length === 0) {
      report.nothingNew++;
      continue;
    }
    const plan: DigestPlan = {
      to: maskEmail(subscriber.email),
      language: subscriber.language,
      frequency: subscriber.frequency,
      items: items.map(({ type, title }) => ({ type, title })),
      deadlines: deadlines.map(({ title, deadline }) => ({ title, deadline: deadline as string })),
    };
    report.sent.push(plan);
    if (dryRun) continue;
    const unsubscribeUrl = unsubscribeLink(subscriber);
    const changeUrl = `${settings.siteUrl}${subscriber.language === 'en' ? '/en/subscribe/' : '/prenumerera/'}`;
    const mail = digestMail(subscriber.language, { items, deadlines, changeUrl, unsubscribeUrl });
    await strapi
      .plugin('email')
      .service('email')
      .send({
        to: subscriber.email,
        ...mail,
        headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    await strapi.db
      .query(SUBSCRIPTION_UID)
      .update({ where: { id: subscriber.id }, data: { lastSentAt: now.toISOString() } });
  }
  return report;
}

/** The report as lines for a person: who (masked) would get what. */
export function describeDigest(report: DigestReport): string[] {
  const lines = report.sent.map(
    (plan) =>
      `${plan.to} (${plan.frequency}, ${plan.language}): ${plan.items.length} new, ${plan.deadlines.length} deadlines${
        plan.items.length + plan.deadlines.length > 0
          ? ` (${[...plan.items.map((i) => i.title), ...plan.deadlines.map((d) => `${d.title} ${d.deadline.slice(0, 10)}`)].join('; ')})`
          : ''
      }`,
  );
  lines.push(
    `digest${report.dryRun ? ' (dry run, nothing sent)' : ''}: ${report.sent.length} ${report.dryRun ? 'would be sent' : 'sent'}, ${report.nothingNew} with nothing new, ${report.purged} unconfirmed deleted`,
  );
  return lines;
}
