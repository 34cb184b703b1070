import { z } from 'zod';
import { dateTime, municipalityCode, oneOf, requiredText, slug, webUrl } from '../fields.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { ORGANISATION_KINDS } from '../vocab.ts';

/** Fields Strapi adds to taxonomy terms (not translated, always published). */
const termSystemFields = {
  /** Database id. */
  id: z.number().int(),
  /** Stable id of the term. */
  documentId: z.string(),
  /** When the term was created. */
  createdAt: dateTime,
  /** When the term was last changed. */
  updatedAt: dateTime,
  /** When the term was published (terms are always published). */
  publishedAt: dateTime.nullish(),
};

const termInfo = (singularName: string, pluralName: string, displayName: string, description: string) => ({
  singularName,
  pluralName,
  displayName,
  description,
});

/** A service area (serviceområde): the fixed list of kinds of service the bank covers. */
export const serviceAreaFields = z.object({
  /** Swedish name ("Dagligvaror"). */
  name: requiredText(80),
  /** English name ("Groceries"). */
  nameEn: requiredText(80),
  /** Address part of the service area's pages. */
  slug,
  /** One or two sentences on what the area covers. */
  description: z.string().max(500).nullish(),
});
export const serviceAreaEntry = z.object({ ...termSystemFields, ...serviceAreaFields.shape });
export type ServiceArea = z.infer<typeof serviceAreaEntry>;

export const serviceAreaStrapi = {
  kind: 'collectionType',
  collectionName: 'service_areas',
  info: termInfo('service-area', 'service-areas', 'Serviceområde', 'De slag av service som banken täcker'),
  options: { draftAndPublish: false },
  attributes: {
    name: { type: 'string', required: true, unique: true, maxLength: 80 },
    nameEn: { type: 'string', required: true, maxLength: 80 },
    slug: { type: 'uid', targetField: 'name', required: true },
    description: { type: 'text', maxLength: 500 },
  },
} satisfies StrapiContentTypeSchema;

/** A free topic tag (ämne). */
export const topicFields = z.object({
  /** The tag as editors write it ("hemsändning"). */
  name: requiredText(80),
  /** Address part of the topic's pages. */
  slug,
});
export const topicEntry = z.object({ ...termSystemFields, ...topicFields.shape });
export type Topic = z.infer<typeof topicEntry>;

export const topicStrapi = {
  kind: 'collectionType',
  collectionName: 'topics',
  info: termInfo('topic', 'topics', 'Ämne', 'Fria ämnesord'),
  options: { draftAndPublish: false },
  attributes: {
    name: { type: 'string', required: true, unique: true, maxLength: 80 },
    slug: { type: 'uid', targetField: 'name', required: true },
  },
} satisfies StrapiContentTypeSchema;

/** An organisation: funder, consultation issuer, respondent, organiser or partner. */
export const organisationFields = z.object({
  /** Name as the organisation writes it ("Region Jämtland Härjedalen"). */
  name: requiredText(160),
  /** Address part of the organisation's pages. */
  slug,
  /** kommun, region, länsstyrelse, myndighet, departement, förening, företag, riksorganisation or länsavdelning. */
  kind: oneOf(ORGANISATION_KINDS.values),
  /** The organisation's website. */
  website: webUrl.nullish(),
  /** SCB code of the municipality where it is based, when local. */
  municipality: municipalityCode.nullish(),
});
export const organisationEntry = z.object({ ...termSystemFields, ...organisationFields.shape });
export type Organisation = z.infer<typeof organisationEntry>;

export const organisationStrapi = {
  kind: 'collectionType',
  collectionName: 'organisations',
  info: termInfo(
    'organisation',
    'organisations',
    'Organisation',
    'Finansiärer, remissinstanser, arrangörer och parter',
  ),
  options: { draftAndPublish: false },
  attributes: {
    name: { type: 'string', required: true, unique: true, maxLength: 160 },
    slug: { type: 'uid', targetField: 'name', required: true },
    kind: { type: 'enumeration', enum: ORGANISATION_KINDS.values, required: true },
    website: { type: 'string' },
    municipality: { type: 'string' },
  },
} satisfies StrapiContentTypeSchema;
