import { z } from 'zod';
import { countyCode, dateTime, entryRef, markdown, municipalityCode, oneOf, requiredText, termRef } from '../fields.ts';
import { jsonList, relationTo } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { QUESTION_STATUSES } from '../vocab.ts';

/**
 * A helpdesk question (helpdeskfråga) sent from the site. Private: never readable through the
 * public API. Editors answer it and may publish an anonymised version as a public Q&A.
 */
export const questionFields = z.object({
  /** Name of the person asking. */
  name: requiredText(120),
  /** E-mail address to answer to. */
  email: z.email({ error: 'Ange en giltig e-postadress' }).max(254),
  /** SCB code of the asker's municipality, when given. */
  municipality: municipalityCode.nullish(),
  /** SCB code of the county of that municipality; set by the CMS, so that editors can filter by county. */
  county: countyCode.nullish(),
  /** The question as it was asked. */
  question: requiredText(4000),
  /** Consent to store the question and the contact details in order to answer. */
  consent: z.literal(true, { error: 'Samtycke krävs för att vi ska kunna spara frågan' }),
  /** Editors' answer, in Markdown. */
  answer: markdown.nullish(),
  /**
   * ny, besvarad or publicerad (shown anonymised on the site). Not named `status`: Strapi 5's admin
   * reads a `status` in a saved entry as its draft/published status and refuses the save.
   */
  questionStatus: oneOf(QUESTION_STATUSES.values).default('ny'),
  /** The question rewritten without names or details that identify anyone, for publication. */
  publicQuestion: z.string().trim().max(1000).nullish(),
  /** The answer as published, without the asker's name or contact details (filled in from the answer). */
  publicAnswer: markdown.nullish(),
  /** SCB codes of the municipalities the public Q&A concerns: it is shown on their pages. */
  municipalities: z.array(municipalityCode).nullish(),
  /** Methods the answer points to. */
  methods: z.array(entryRef).default([]),
  /** Service areas the question concerns. */
  serviceAreas: z.array(termRef).default([]),
});

type QuestionValues = Partial<z.output<typeof questionFields>>;

/** A question is published only with an anonymised text and an answer. */
export function questionRules(question: QuestionValues, ctx: z.RefinementCtx): void {
  if (question.questionStatus === 'publicerad') {
    if (!question.publicQuestion) {
      ctx.addIssue({
        code: 'custom',
        path: ['publicQuestion'],
        message: 'Skriv en anonymiserad fråga innan publicering',
      });
    }
    if (!question.answer) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'En publicerad fråga behöver ett svar' });
    }
  }
  if (question.questionStatus === 'besvarad' && !question.answer) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: 'Skriv ett svar innan du markerar frågan som besvarad' });
  }
}

export type Question = z.output<typeof questionFields>;

export const questionStrapi = {
  kind: 'collectionType',
  collectionName: 'questions',
  info: {
    singularName: 'question',
    pluralName: 'questions',
    displayName: 'Helpdeskfråga',
    description: 'Frågor från webbplatsen; aldrig läsbara via det publika API:et',
  },
  options: { draftAndPublish: false },
  attributes: {
    name: { type: 'string', required: true, maxLength: 120, private: true },
    email: { type: 'email', required: true, private: true },
    municipality: { type: 'string', private: true },
    county: { type: 'string', private: true },
    question: { type: 'text', required: true, maxLength: 4000, private: true },
    consent: { type: 'boolean', required: true, private: true },
    answer: { type: 'richtext' },
    questionStatus: { type: 'enumeration', enum: QUESTION_STATUSES.values, required: true, default: 'ny' },
    publicQuestion: { type: 'text', maxLength: 1000 },
    publicAnswer: { type: 'richtext' },
    municipalities: jsonList(),
    methods: relationTo('api::method.method'),
    serviceAreas: relationTo('api::service-area.service-area'),
  },
} satisfies StrapiContentTypeSchema;

/**
 * A published, anonymised Q&A as `/api/helpdesk/faq` serves it: the only view of a question that
 * leaves the CMS, read by the site and the search index. No name, e-mail or own words of the asker.
 */
export const publishedQuestion = z.object({
  documentId: z.string(),
  question: z.string().trim().min(1),
  answer: z.string(),
  /** SCB codes of the municipalities the Q&A concerns: it is shown on their pages. */
  municipalities: z.array(municipalityCode).default([]),
  /** The published language versions of the methods the answer points to. */
  methods: z
    .array(z.object({ documentId: z.string(), title: z.string(), slug: z.string(), locale: z.enum(['sv', 'en']) }))
    .default([]),
  serviceAreas: z.array(z.object({ name: z.string(), slug: z.string() })).default([]),
  publishedAt: dateTime,
});
export type PublishedQuestion = z.output<typeof publishedQuestion>;

/** Where a published Q&A stands on the site: its anchor on the questions page, in Swedish. */
export const questionAnchor = (documentId: string): string => `fraga-${documentId}`;
export const questionPath = (documentId: string): string => `/fragor/#${questionAnchor(documentId)}`;
