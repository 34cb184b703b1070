import { z } from 'zod';
import { calendarDate, commonFields, entryRef, markdown, oneOf, requiredText, systemFields } from '../fields.ts';
import { commonAttributes, localized, relationTo, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { countyList, municipalityList, placeAttributes } from './places.ts';
import { ADVOCACY_KINDS } from './vocab.ts';

/** What an editor writes on an advocacy action (påverkansarbete): the network's work on decision makers. */
export const advocacyActionFields = z.object({
  ...commonFields,
  /** möte med beslutsfattare, debattartikel, skrivelse, uppvaktning, seminarium or remissvar. */
  kind: oneOf(ADVOCACY_KINDS.values),
  /** The day it happened (or was sent or published). */
  date: calendarDate,
  /** Whom it addressed ("Landsbygds- och infrastrukturdepartementet", "Region Jämtland Härjedalen"). */
  addressee: requiredText(200),
  /** What the network asked for, in Markdown. */
  ask: markdown,
  /** What came of it, in Markdown. */
  outcome: markdown.nullish(),
  /** What the network does next, in Markdown. */
  followUp: markdown.nullish(),
  /** SCB codes of the municipalities it concerns. */
  municipalities: municipalityList,
  /** SCB codes of the counties it concerns; none when it concerns all of Sweden. */
  counties: countyList,
  /** Consultation responses it builds on. */
  consultationResponses: z.array(entryRef).default([]),
  /** Methods it builds on. */
  methods: z.array(entryRef).default([]),
  /** Case studies it builds on. */
  caseStudies: z.array(entryRef).default([]),
});

/** A published advocacy action as the API serves it. */
export const advocacyActionEntry = z.object({
  ...systemFields,
  ...advocacyActionFields.omit({ internalNote: true }).shape,
});
export type AdvocacyAction = z.infer<typeof advocacyActionEntry>;

export const advocacyActionStrapi = {
  kind: 'collectionType',
  collectionName: 'advocacy_actions',
  info: {
    singularName: 'advocacy-action',
    pluralName: 'advocacy-actions',
    displayName: 'Påverkansarbete',
    description: 'Möten, debattartiklar, skrivelser och remissvar riktade till beslutsfattare',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    kind: { type: 'enumeration', enum: ADVOCACY_KINDS.values, required: true, ...shared },
    date: { type: 'date', required: true, ...shared },
    addressee: { type: 'string', required: true, maxLength: 200, ...localized },
    ask: { type: 'richtext', required: true, ...localized },
    outcome: { type: 'richtext', ...localized },
    followUp: { type: 'richtext', ...localized },
    ...placeAttributes,
    consultationResponses: relationTo('api::consultation-response.consultation-response'),
    methods: relationTo('api::method.method'),
    caseStudies: relationTo('api::case-study.case-study'),
  },
} satisfies StrapiContentTypeSchema;
