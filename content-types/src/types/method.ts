import { z } from 'zod';
import { coordinatesFields, linkFields, stepFields } from '../components.ts';
import { calendarDate, commonFields, entryRef, markdown, oneOf, setOf, systemFields } from '../fields.ts';
import { commonAttributes, localized, pickList, relationTo, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { ACTOR_LEVELS, EVIDENCE_LEVELS, LEVELS } from '../vocab.ts';

/** A case study as a method lists it. */
const caseStudyRef = entryRef.extend({
  /** SCB codes of the municipalities where it happened. */
  municipalities: z.array(z.string()).default([]),
  /** Where on the map, when known. */
  coordinates: coordinatesFields.nullish(),
});

/** What an editor writes on a method (metod): a proven way of working, step by step. */
export const methodFields = z.object({
  ...commonFields,
  /** The steps in order: who does what. */
  steps: z.array(stepFields).min(1, { error: 'En metod behöver minst ett steg' }),
  /** The levels of actors that take part: lokal, kommunal, regional, nationell. */
  actorLevels: setOf(ACTOR_LEVELS.values).min(1, { error: 'Välj minst en aktörsnivå' }),
  /** How much work it takes: låg, medel or hög. */
  effort: oneOf(LEVELS.values),
  /** How much money it takes: låg, medel or hög. */
  cost: oneOf(LEVELS.values),
  /** How well it is proven: beprövad, lovande or ny idé. */
  evidence: oneOf(EVIDENCE_LEVELS.values),
  /** How long it takes, in words ("3–6 månader"). */
  timeNeeded: z.string().max(120).nullish(),
  /** What must be in place before starting, in Markdown. */
  prerequisites: markdown.nullish(),
  /** Case studies where the method was used. */
  caseStudies: z.array(caseStudyRef).default([]),
  /** Sources and further reading. */
  sources: z.array(linkFields).default([]),
  /** When an editor last checked that the content still holds. */
  lastVerifiedAt: calendarDate.nullish(),
});

/** A published method as the API serves it. */
export const methodEntry = z.object({ ...systemFields, ...methodFields.omit({ internalNote: true }).shape });
export type Method = z.infer<typeof methodEntry>;

export const methodStrapi = {
  kind: 'collectionType',
  collectionName: 'methods',
  info: {
    singularName: 'method',
    pluralName: 'methods',
    displayName: 'Metod',
    description: 'Ett beprövat arbetssätt, steg för steg',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    steps: { type: 'component', component: 'content.step', repeatable: true, required: true, min: 1, ...localized },
    actorLevels: pickList('actor-levels', { required: true }),
    effort: { type: 'enumeration', enum: LEVELS.values, required: true, ...shared },
    cost: { type: 'enumeration', enum: LEVELS.values, required: true, ...shared },
    evidence: { type: 'enumeration', enum: EVIDENCE_LEVELS.values, required: true, ...shared },
    timeNeeded: { type: 'string', maxLength: 120, ...localized },
    prerequisites: { type: 'richtext', ...localized },
    caseStudies: relationTo('api::case-study.case-study', 'manyToMany', { mappedBy: 'methods' }),
    sources: { type: 'component', component: 'content.link', repeatable: true, ...localized },
    lastVerifiedAt: { type: 'date', ...shared },
  },
} satisfies StrapiContentTypeSchema;
