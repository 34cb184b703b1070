import { z } from 'zod';
import { commonFields, oneOf, systemFields } from '../fields.ts';
import { commonAttributes, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { indicatorFields } from './components.ts';
import { GOAL_SETS } from './vocab.ts';

/** What an editor writes on a goal (målbild): one of the network's goals or its goals for service in Sweden. */
export const goalFields = z.object({
  ...commonFields,
  /** Which set the goal belongs to: nätverkets mål or mål för service i Sverige. */
  goalSet: oneOf(GOAL_SETS.values),
  /** The goal's number within its set (1, 2, …), the order it is listed and followed up in. */
  position: z.number().int({ error: 'Ange ett heltal' }).min(1, { error: 'Numret börjar på 1' }).max(99),
  /** What is measured, when the goal has an indicator. */
  indicator: indicatorFields.nullish(),
});

/** A published goal as the API serves it. */
export const goalEntry = z.object({ ...systemFields, ...goalFields.omit({ internalNote: true }).shape });
export type Goal = z.infer<typeof goalEntry>;

export const goalStrapi = {
  kind: 'collectionType',
  collectionName: 'goals',
  info: {
    singularName: 'goal',
    pluralName: 'goals',
    displayName: 'Målbild',
    description: 'Nätverkets mål och dess mål för service i Sverige, som följs upp på nätverksträffarna',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    goalSet: { type: 'enumeration', enum: GOAL_SETS.values, required: true, ...shared },
    position: { type: 'integer', required: true, min: 1, max: 99, ...shared },
    indicator: { type: 'component', component: 'network.indicator', repeatable: false, ...shared },
  },
} satisfies StrapiContentTypeSchema;
