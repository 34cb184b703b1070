import { z } from 'zod';
import { linkFields } from '../components.ts';
import { commonFields, countyCode, systemFields } from '../fields.ts';
import { commonAttributes, localized, pickList } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';

/** What an editor writes on a trend note (omvärldsbevakning): a change in the world and what it means. */
export const trendNoteFields = z.object({
  ...commonFields,
  /** The reports, decisions or articles the note builds on. */
  sourceLinks: z.array(linkFields).default([]),
  /** SCB codes of the counties the note concerns; empty when it concerns all of Sweden. */
  region: z.array(countyCode).default([]),
});

/** A published trend note as the API serves it. */
export const trendNoteEntry = z.object({ ...systemFields, ...trendNoteFields.omit({ internalNote: true }).shape });
export type TrendNote = z.infer<typeof trendNoteEntry>;

export const trendNoteStrapi = {
  kind: 'collectionType',
  collectionName: 'trend_notes',
  info: {
    singularName: 'trend-note',
    pluralName: 'trend-notes',
    displayName: 'Omvärldsbevakning',
    description: 'Förändringar i omvärlden och vad de betyder för service på landsbygden',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    sourceLinks: { type: 'component', component: 'content.link', repeatable: true, ...localized },
    region: pickList('counties'),
  },
} satisfies StrapiContentTypeSchema;
