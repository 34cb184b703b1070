import { z } from 'zod';
import { coordinatesFields } from '../components.ts';
import {
  calendarDate,
  commonFields,
  entryRef,
  markdown,
  municipalityCode,
  oneOf,
  systemFields,
  termRef,
} from '../fields.ts';
import { commonAttributes, localized, pickList, relationTo, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { CASE_STATUSES } from '../vocab.ts';

/** What an editor writes on a case study (exempel): what a place did, what worked and what did not. */
export const caseStudyFields = z.object({
  ...commonFields,
  /** SCB codes of the municipalities where it happened (at least one); the county follows from the code. */
  municipalities: z
    .array(municipalityCode)
    .min(1, { error: 'Ange minst en kommun' })
    .refine((codes) => new Set(codes).size === codes.length, { error: 'Samma kommun står två gånger' }),
  /** Where on the map, when known. */
  coordinates: coordinatesFields.nullish(),
  /** Year the work started. */
  startedYear: z
    .number()
    .int()
    .min(1950, { error: 'Startår före 1950?' })
    .max(new Date().getFullYear() + 1, { error: 'Startåret ligger i framtiden' }),
  /** Whether the work goes on: pågående or avslutat (not `status`, which Draft & Publish reserves). */
  projectStatus: oneOf(CASE_STATUSES.values),
  /** What came out of it, with numbers where there are any, in Markdown. */
  outcomes: markdown,
  /** Lessons, including what did not work, in Markdown. */
  lessons: markdown,
  /** How it was paid for, in Markdown. */
  funding: markdown.nullish(),
  /** Organisations involved. */
  organisations: z.array(termRef).default([]),
  /** Methods used. */
  methods: z.array(entryRef).default([]),
  /** When an editor last checked that the content still holds. */
  lastVerifiedAt: calendarDate.nullish(),
});

/** A published case study as the API serves it. */
export const caseStudyEntry = z.object({ ...systemFields, ...caseStudyFields.omit({ internalNote: true }).shape });
export type CaseStudy = z.infer<typeof caseStudyEntry>;

export const caseStudyStrapi = {
  kind: 'collectionType',
  collectionName: 'case_studies',
  info: {
    singularName: 'case-study',
    pluralName: 'case-studies',
    displayName: 'Exempel',
    description: 'Vad en bygd eller kommun gjorde, vad som fungerade och vad som inte gjorde det',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    municipalities: pickList('municipalities', { required: true }),
    coordinates: { type: 'component', component: 'content.coordinates', repeatable: false, ...shared },
    startedYear: { type: 'integer', required: true, min: 1950, ...shared },
    projectStatus: { type: 'enumeration', enum: CASE_STATUSES.values, required: true, ...shared },
    outcomes: { type: 'richtext', required: true, ...localized },
    lessons: { type: 'richtext', required: true, ...localized },
    funding: { type: 'richtext', ...localized },
    organisations: relationTo('api::organisation.organisation'),
    methods: relationTo('api::method.method', 'manyToMany', { inversedBy: 'caseStudies' }),
    lastVerifiedAt: { type: 'date', ...shared },
  },
} satisfies StrapiContentTypeSchema;
