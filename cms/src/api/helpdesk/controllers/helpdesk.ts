import { EntryValidationError, method, question } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { toStrapiValidationError } from '../../../documents/validate';
import { announceQuestion } from '../../../helpdesk/mail';
import { answerBusy, answerTooManyRequests, createLane, submittedFields } from '../../../http/public-post';
import { positiveSetting } from '../../../positive-setting';
import { createRateLimiter } from '../services/rate-limit';

interface Ctx {
  request: { body?: unknown; ip: string };
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

const FORM_FIELDS = ['name', 'email', 'municipality', 'question', 'consent'] as const;
/** How many refused or bot submissions an address may send per window, as a multiple of the limit. */
const JUNK_FACTOR = 4;

const windowSeconds = positiveSetting('HELPDESK_RATE_WINDOW_SECONDS', 600);
const limit = positiveSetting('HELPDESK_RATE_LIMIT', 5);
// Stored questions count against an address's quota; refused bodies and honeypot hits do not use up
// a real asker's quota, but have a bound of their own so that junk cannot be sent without end.
const questions = createRateLimiter({ limit, windowMs: windowSeconds * 1000 });
// Questions are stored and announced in turn, two at a time (src/http/public-post.ts).
const lane = createLane({ concurrency: 2, queue: 500 });
const junk = createRateLimiter({ limit: limit * JUNK_FACTOR, windowMs: windowSeconds * 1000 });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Ctx) {
    // Behind a proxy, ctx.request.ip is the client's address only with CMS_TRUSTED_PROXY_HOPS set
    // (config/server.ts); otherwise every asker would share the proxy's one bucket.
    const address = ctx.request.ip;
    if (questions.isBlocked(address) || junk.isBlocked(address)) {
      answerTooManyRequests(ctx, windowSeconds, 'För många frågor på kort tid. Försök igen om en stund.');
      return;
    }
    const input = submittedFields(ctx);
    if (!input) {
      junk.hit(address);
      throw toStrapiValidationError(
        new EntryValidationError(question.name, [{ field: '(body)', message: 'Skicka frågan som JSON' }]),
      );
    }
    // A filled honeypot is a bot: answer as if received and store nothing.
    if (typeof input.website === 'string' && input.website.trim() !== '') {
      junk.hit(address);
      ctx.status = 201;
      ctx.body = { data: { received: true } };
      return;
    }
    const data: Record<string, unknown> = Object.fromEntries(FORM_FIELDS.map((field) => [field, input[field]]));
    if (data.municipality === '') data.municipality = null;
    // The Document Service checks the question against its zod fields (cms/src/documents/validate.ts)
    // and refuses it with a 400 that names each field, storing nothing.
    const stored = lane.run(async () => {
      let created: { documentId: string };
      try {
        created = (await strapi
          .documents(question.uid)
          // The input is unchecked here: the Document Service's validation (above) types it.
          .create({ data: { ...data, questionStatus: 'ny' } } as never)) as {
          documentId: string;
        };
      } catch (error) {
        junk.hit(address);
        throw error;
      }
      questions.hit(address);
      strapi.log.info(
        `helpdesk: new question received${data.municipality ? ` from municipality ${data.municipality}` : ''}`,
      );
      // The question is stored whatever happens to the announcement; the editors also see it in the admin.
      await announceQuestion(strapi, {
        documentId: created.documentId,
        municipality: data.municipality as string | null,
      }).catch((error: { code?: string }) =>
        strapi.log.warn(`helpdesk: could not announce the question to the editors (${error.code ?? 'error'})`),
      );
    });
    if (!stored) return answerBusy(ctx, 'Många frågor just nu. Försök igen om en halv minut.');
    await stored;
    ctx.status = 201;
    ctx.body = { data: { received: true } };
  },

  async faq(ctx: Ctx) {
    // Only the anonymised fields; the asker's name, e-mail, municipality and own words never leave.
    const published = (await strapi.documents(question.uid).findMany({
      filters: { questionStatus: 'publicerad' },
      fields: ['publicQuestion', 'publicAnswer', 'municipalities', 'updatedAt'],
      populate: {
        serviceAreas: { fields: ['name', 'slug'] },
        methods: { fields: ['documentId'] },
      },
      sort: 'updatedAt:desc',
      limit: 500,
    })) as unknown as {
      documentId: string;
      publicQuestion: string | null;
      publicAnswer: string | null;
      municipalities: string[] | null;
      updatedAt: string;
      serviceAreas: { name: string; slug: string }[];
      methods: { documentId: string }[] | null;
    }[];
    // A linked method is shown only as its published version: a draft's title never leaves the CMS.
    const linked = [...new Set(published.flatMap((entry) => (entry.methods ?? []).map((m) => m.documentId)))];
    const methods = (await strapi.documents(method.uid).findMany({
      filters: { documentId: { $in: linked } },
      status: 'published',
      locale: '*',
      fields: ['title', 'slug', 'locale'],
    })) as unknown as { documentId: string; title: string; slug: string; locale: string }[];
    ctx.body = {
      data: published
        .filter((entry) => entry.publicQuestion && entry.publicAnswer)
        .map((entry) => ({
          documentId: entry.documentId,
          question: entry.publicQuestion,
          answer: entry.publicAnswer,
          municipalities: entry.municipalities ?? [],
          methods: methods
            .filter((found) => (entry.methods ?? []).some((m) => m.documentId === found.documentId))
            .map(({ documentId, title, slug, locale }) => ({ documentId, title, slug, locale })),
          serviceAreas: entry.serviceAreas.map(({ name, slug }) => ({ name, slug })),
          publishedAt: entry.updatedAt,
        })),
    };
  },
});
