// Components: small repeatable structures inside entries. Each has its zod fields and the Strapi
// component schema (written to cms/src/components by `npm run sync-schemas -w cms`).
import { z } from 'zod';
import { markdown, requiredText, webUrl } from './fields.ts';
import { NETWORK_COMPONENT_FIELDS, NETWORK_COMPONENTS } from './network/components.ts';
import type { StrapiComponentSchema } from './strapi/schema-types.ts';

/** One step of a method. */
export const stepFields = z.object({
  /** What the step is, in a few words ("Bjud in till bystämma"). */
  title: requiredText(160),
  /** Who does what in this step, in Markdown. */
  body: markdown,
});

/** A labelled link to a source or further reading. */
export const linkFields = z.object({
  /** Link text ("Tillväxtverkets rapport 2025"). */
  label: requiredText(200),
  /** Address of the source. */
  url: webUrl,
});

/** A point on the map (WGS 84). */
export const coordinatesFields = z.object({
  /** Latitude, 55–69.1 within Sweden. */
  lat: z.number().min(55, { error: 'Latitud utanför Sverige' }).max(69.1, { error: 'Latitud utanför Sverige' }),
  /** Longitude, 10.9–24.2 within Sweden. */
  lon: z.number().min(10.9, { error: 'Longitud utanför Sverige' }).max(24.2, { error: 'Longitud utanför Sverige' }),
});

export const STRAPI_COMPONENTS = {
  'content.step': {
    collectionName: 'components_content_steps',
    info: { displayName: 'Steg', icon: 'bulletList', description: 'Ett steg i en metod' },
    options: {},
    attributes: {
      title: { type: 'string', required: true, maxLength: 160 },
      body: { type: 'richtext', required: true },
    },
  },
  'content.link': {
    collectionName: 'components_content_links',
    info: { displayName: 'Länk', icon: 'link', description: 'En källa eller vidare läsning' },
    options: {},
    attributes: {
      label: { type: 'string', required: true, maxLength: 200 },
      url: { type: 'string', required: true },
    },
  },
  'content.coordinates': {
    collectionName: 'components_content_coordinates',
    info: { displayName: 'Koordinater', icon: 'pinMap', description: 'En punkt på kartan (WGS 84)' },
    options: {},
    attributes: {
      lat: { type: 'float', required: true, min: 55, max: 69.1 },
      lon: { type: 'float', required: true, min: 10.9, max: 24.2 },
    },
  },
  ...NETWORK_COMPONENTS,
} satisfies Record<string, StrapiComponentSchema>;

/** The zod fields of each component, by component uid. */
export const COMPONENT_FIELDS = {
  'content.step': stepFields,
  'content.link': linkFields,
  'content.coordinates': coordinatesFields,
  ...NETWORK_COMPONENT_FIELDS,
} satisfies Record<keyof typeof STRAPI_COMPONENTS, z.ZodObject>;
