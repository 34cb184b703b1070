import { entryInputIssues, question } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { createRateLimiter } from '../services/rate-limit';

interface Ctx {
  request: { body?: unknown; ip: string };
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

const FORM_FIELDS = ['name', 'email', 'municipality', 'question', 'consent'] as const;

const limiter = createRateLimiter({
  limit: Number(process.env.HELPDESK_RATE_LIMIT ?? 5),
  windowMs: Number(process.env.HELPDESK_RATE_WINDOW_SECONDS ?? 600) * 1000,
});

function badRequest(ctx: Ctx, errors: { field: string; message: string }[]): void {
  ctx.status = 400;
  ctx.body = {
    data: null,
    error: {
      status: 400,
      name: 'ValidationError',
      message: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      details: { errors: errors.map((e) => ({ path: [e.field], message: e.message, name: 'ValidationError' })) },
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Ctx) {
    if (!limiter.allow(ctx.request.ip)) {
      ctx.status = 429;
      ctx.set('Retry-After', '600');
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'TooManyRequests',
          message: 'För många frågor på kort tid. Försök igen om en stund.',
        },
      };
      return;
    }
    const body = ctx.request.body;
    const input = (body && typeof body === 'object' && 'data' in body ? (body as { data: unknown }).data : body) as
      | Record<string, unknown>
      | undefined;
    if (!input || typeof input !== 'object') {
      badRequest(ctx, [{ field: '(body)', message: 'Skicka frågan som JSON' }]);
      return;
    }
    // A filled honeypot is a bot: answer as if received and store nothing.
    if (typeof input.website === 'string' && input.website.trim() !== '') {
      ctx.status = 201;
      ctx.body = { data: { received: true } };
      return;
    }
    const data: Record<string, unknown> = Object.fromEntries(FORM_FIELDS.map((field) => [field, input[field]]));
    if (data.municipality === '') data.municipality = null;
    const issues = entryInputIssues(question, { ...data, status: 'ny' });
    if (issues.length > 0) {
      badRequest(ctx, issues);
      return;
    }
    await strapi.documents(question.uid).create({ data: { ...data, status: 'ny' } } as never);
    strapi.log.info(
      `helpdesk: new question received${data.municipality ? ` from municipality ${data.municipality}` : ''}`,
    );
    ctx.status = 201;
    ctx.body = { data: { received: true } };
  },

  async faq(ctx: Ctx) {
    const published = (await strapi.documents(question.uid).findMany({
      filters: { status: 'publicerad' },
      fields: ['publicQuestion', 'answer', 'updatedAt'],
      populate: { serviceAreas: { fields: ['name', 'slug'] } },
      sort: 'updatedAt:desc',
      limit: 500,
    } as never)) as unknown as {
      documentId: string;
      publicQuestion: string | null;
      answer: string | null;
      updatedAt: string;
      serviceAreas: { name: string; slug: string }[];
    }[];
    ctx.body = {
      data: published
        .filter((entry) => entry.publicQuestion && entry.answer)
        .map((entry) => ({
          documentId: entry.documentId,
          question: entry.publicQuestion,
          answer: entry.answer,
          serviceAreas: entry.serviceAreas.map(({ name, slug }) => ({ name, slug })),
          publishedAt: entry.updatedAt,
        })),
    };
  },
});
