import { z } from 'zod';
import {
  calendarDate,
  commonFields,
  entryRef,
  markdown,
  mediaRef,
  requiredText,
  systemFields,
  termRef,
} from '../fields.ts';
import { commonAttributes, localized, relationTo, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';

/** What an editor writes on a consultation response (remissvar): the network's answer to a remiss. */
export const consultationResponseFields = z.object({
  ...commonFields,
  /** Title of the consultation as the issuer named it. */
  consultationTitle: requiredText(300),
  /** The authority or ministry that sent the consultation. */
  issuer: termRef.nullish(),
  /** The issuer's reference number (diarienummer), e.g. `LI2026/01234`. */
  referenceNumber: z.string().trim().max(60).nullish(),
  /** Last day to respond (svarsdatum). */
  consultationDeadline: calendarDate,
  /** When our response was sent. */
  submittedAt: calendarDate.nullish(),
  /** The organisation that responded. */
  respondent: termRef.nullish(),
  /** The response as a PDF. */
  document: mediaRef.nullish(),
  /** What was decided later, in Markdown. */
  outcome: markdown.nullish(),
  /** Methods the response refers to. */
  methods: z.array(entryRef).default([]),
  /** Case studies the response cites. */
  caseStudies: z.array(entryRef).default([]),
});

type ConsultationResponseValues = Partial<z.output<typeof consultationResponseFields>>;

/** Rules across fields: a response is not sent before the consultation could exist. */
export function consultationResponseRules(response: ConsultationResponseValues, ctx: z.RefinementCtx): void {
  const { submittedAt, consultationDeadline } = response;
  if (submittedAt && consultationDeadline && submittedAt > consultationDeadline) {
    const late = Date.parse(submittedAt) - Date.parse(consultationDeadline);
    // Late answers happen and are published; a year late is a typing error.
    if (late > 365 * 86_400_000) {
      ctx.addIssue({ code: 'custom', path: ['submittedAt'], message: 'Inskickat mer än ett år efter svarsdatum' });
    }
  }
}

/** A published consultation response as the API serves it. */
export const consultationResponseEntry = z
  .object({ ...systemFields, ...consultationResponseFields.omit({ internalNote: true }).shape })
  .superRefine(consultationResponseRules);
export type ConsultationResponse = z.infer<typeof consultationResponseEntry>;

export const consultationResponseStrapi = {
  kind: 'collectionType',
  collectionName: 'consultation_responses',
  info: {
    singularName: 'consultation-response',
    pluralName: 'consultation-responses',
    displayName: 'Remissvar',
    description: 'Nätverkets svar på remisser från myndigheter och departement',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    consultationTitle: { type: 'string', required: true, maxLength: 300, ...localized },
    issuer: relationTo('api::organisation.organisation', 'manyToOne'),
    referenceNumber: { type: 'string', maxLength: 60, ...shared },
    consultationDeadline: { type: 'date', required: true, ...shared },
    submittedAt: { type: 'date', ...shared },
    respondent: relationTo('api::organisation.organisation', 'manyToOne'),
    document: { type: 'media', multiple: false, allowedTypes: ['files'], ...localized },
    outcome: { type: 'richtext', ...localized },
    methods: relationTo('api::method.method'),
    caseStudies: relationTo('api::case-study.case-study'),
  },
} satisfies StrapiContentTypeSchema;
