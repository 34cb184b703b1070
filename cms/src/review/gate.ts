import { DEFAULT_LOCALE, municipalitiesInCounty, PUBLIC_TYPES, question } from '@skb/content-types';
import {
  countyKey,
  countyRefusal,
  entryCounties,
  publishRefusal,
  type ReviewActor,
  type ReviewRecord,
  ReviewRefusal,
  type ReviewState,
  reviewAfterWrite,
} from '@skb/content-types/review';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentActor } from './actor';
import { GATE_FIELDS } from './attributes';
import { contentFingerprint, versionRow } from './fingerprint';

type Row = Record<string, unknown>;
interface Params {
  documentId?: string;
  locale?: string | string[];
  status?: string;
  data?: Row;
  filters?: unknown;
}

const REVIEWED = new Set<string>(PUBLIC_TYPES.map((type) => type.uid));
const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

function isCountyEditor(actor: ReviewActor): actor is Extract<ReviewActor, { kind: 'editor' }> {
  return actor.kind === 'editor' && actor.role === 'länsredaktör';
}

function reviewOf(row: Row | null): ReviewRecord | null {
  if (!row) return null;
  return {
    state: ((row.reviewState as ReviewState | null) ?? 'utkast') as ReviewState,
    author: (row.reviewAuthor as string | null) ?? null,
    approvedBy: (row.reviewApprovedBy as string | null) ?? null,
  };
}

/** What a county editor may see: entries whose every county is theirs (questions: from their municipalities). */
function countyFilter(uid: string, counties: readonly string[]): Row {
  if (uid === question.uid) {
    return { municipality: { $in: counties.flatMap((code) => municipalitiesInCounty(code).map((m) => m.code)) } };
  }
  const others = Array.from({ length: 26 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
    (code) => !counties.includes(code),
  );
  return {
    $and: [
      { reviewCounties: { $contains: ',' } },
      ...others.map((code) => ({ reviewCounties: { $notContains: `,${code},` } })),
    ],
  };
}

// A PolicyError, not a plain ForbiddenError: Strapi replaces the message of any other 403 with
// "Forbidden" (core/services/server/compose-endpoint.js), and the editor needs to read why.
/** The counties of a stored row: a question's from its asker's municipality only (never its free text). */
function countiesOfRow(uid: string, row: Row): string[] {
  if (uid === question.uid) return entryCounties({ municipality: row.municipality });
  return entryCounties(row);
}

function refuseCounty(message: string | null): void {
  if (message) throw new errors.PolicyError(message);
}

function reviewError(error: unknown): unknown {
  if (!(error instanceof ReviewRefusal)) return error;
  return new errors.ValidationError(error.message, {
    errors: [{ path: ['reviewState'], message: error.message, name: 'ValidationError', value: undefined }],
  });
}

/**
 * Review before publishing and county scope, in the Document Service so that the admin, the REST API
 * and code all pass through it. Every write records who changed the content and moves the review
 * state by the rules of @skb/content-types/review; a publish is refused unless someone other than
 * the last author approved the current version; a Länsredaktör reads and writes only the entries
 * (and helpdesk questions) of their own counties. Super Admins and the system writer keep everything.
 */
export function registerReviewGate(strapi: Core.Strapi): void {
  const localized = (uid: string) =>
    (strapi.contentType(uid as UID.ContentType) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions
      ?.i18n?.localized === true;

  const rows = async (uid: string, where: Row): Promise<Row[]> =>
    (await strapi.db.query(uid).findMany({ where })) as Row[];

  const localeWhere = (uid: string, locale: Params['locale']): Row => {
    if (!localized(uid) || locale === '*') return {};
    if (Array.isArray(locale)) return { locale: { $in: locale } };
    return { locale: locale ?? DEFAULT_LOCALE };
  };

  const writeReview = async (args: { uid: string; where: Row; review: ReviewRecord; row: Row }): Promise<Row> => {
    const { uid, where, review, row } = args;
    const fields = {
      reviewState: review.state,
      reviewAuthor: review.author,
      reviewApprovedBy: review.approvedBy,
      reviewFingerprint: contentFingerprint(strapi, uid, row),
      reviewCounties: countyKey(entryCounties(row)),
    };
    await strapi.db.query(uid).updateMany({ where, data: fields });
    return fields;
  };

  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!REVIEWED.has(uid) && uid !== question.uid) return next();
    const actor = await currentActor(strapi);
    const params = context.params as Params;

    if (READS.has(action)) {
      if (isCountyEditor(actor) && action === 'findOne' && params.documentId) {
        // Opening one entry says why, instead of the admin's empty form for a missing locale.
        for (const row of await rows(uid, { documentId: params.documentId })) {
          refuseCounty(countyRefusal(actor.counties, countiesOfRow(uid, row)));
        }
      }
      if (isCountyEditor(actor)) {
        const scope = countyFilter(uid, actor.counties);
        params.filters = params.filters ? { $and: [params.filters, scope] } : scope;
      }
      return next();
    }

    if (uid === question.uid) {
      if (isCountyEditor(actor) && params.documentId) {
        for (const row of await rows(uid, { documentId: params.documentId })) {
          refuseCounty(countyRefusal(actor.counties, countiesOfRow(uid, row)));
        }
      }
      return next();
    }

    const data = params.data;
    const requested = data?.reviewState;
    if (data) {
      delete data.reviewState;
      for (const field of GATE_FIELDS) delete data[field];
    }

    const existing = params.documentId ? await rows(uid, { documentId: params.documentId }) : [];
    if (isCountyEditor(actor)) {
      for (const row of existing) refuseCounty(countyRefusal(actor.counties, entryCounties(row)));
      if (data && (action === 'create' || action === 'update')) {
        refuseCounty(countyRefusal(actor.counties, entryCounties({ ...(existing[0] ?? {}), ...data })));
      }
    }

    if (action === 'create' || action === 'update') {
      const publishing = params.status === 'published';
      return strapi.db.transaction(async () => {
        const where = { documentId: params.documentId, ...localeWhere(uid, params.locale) };
        const storedDraft =
          action === 'update' ? ((await rows(uid, { ...where, publishedAt: null }))[0] ?? null) : null;
        const storedRow = storedDraft ? await versionRow(strapi, uid, storedDraft.id) : null;
        const before = storedRow
          ? ((storedRow.reviewFingerprint as string | null) ?? contentFingerprint(strapi, uid, storedRow))
          : null;
        const result = await next();
        const entry = result as unknown as Row;
        const written = {
          documentId: entry.documentId,
          ...(localized(uid) ? { locale: entry.locale ?? params.locale ?? DEFAULT_LOCALE } : {}),
        };
        const [draft] = await rows(uid, { ...written, publishedAt: null });
        const draftRow = draft ? await versionRow(strapi, uid, draft.id) : null;
        if (!draftRow) return result;
        let review: ReviewRecord;
        try {
          review = reviewAfterWrite({
            actor,
            stored: reviewOf(storedRow),
            requested,
            contentChanged: before !== contentFingerprint(strapi, uid, draftRow),
          });
        } catch (error) {
          throw reviewError(error);
        }
        if (publishing) {
          const refusal = publishRefusal(actor, review);
          if (refusal) throw new errors.ApplicationError(refusal);
          if (review.state !== 'godkänd') review = { ...review, state: 'godkänd', approvedBy: actor.id };
        }
        const target = publishing ? written : { ...written, publishedAt: null };
        // The admin shows what the save returns, so the answer carries the review fields just written.
        Object.assign(entry, await writeReview({ uid, where: target, review, row: draftRow }));
        return result;
      });
    }

    if (action === 'publish') {
      const drafts = existing.filter(
        (row) => row.publishedAt === null && (params.locale === '*' || matchesLocale(row, params.locale)),
      );
      const approvals: { row: Row; review: ReviewRecord }[] = [];
      for (const draft of drafts) {
        const row = (await versionRow(strapi, uid, draft.id)) as Row;
        let review = reviewOf(row);
        // A version changed behind the gate's back (a raw database write) is not the approved one.
        if (review?.state === 'godkänd' && row.reviewFingerprint !== contentFingerprint(strapi, uid, row)) {
          review = { ...review, state: 'för granskning', approvedBy: null };
        }
        const refusal = publishRefusal(actor, review);
        if (refusal) throw new errors.ApplicationError(refusal);
        if (review?.state !== 'godkänd')
          approvals.push({ row, review: { ...(review ?? { author: null }), state: 'godkänd', approvedBy: actor.id } });
      }
      const result = await next();
      for (const { row, review } of approvals) {
        const where = { documentId: row.documentId, ...(localized(uid) ? { locale: row.locale } : {}) };
        await writeReview({ uid, where, review, row });
      }
      return result;
    }

    return next();
  });
}

function matchesLocale(row: Row, locale: Params['locale']): boolean {
  if (Array.isArray(locale)) return locale.includes(row.locale as string);
  return row.locale === (locale ?? DEFAULT_LOCALE) || row.locale === undefined;
}
