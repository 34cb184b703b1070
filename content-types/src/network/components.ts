// Components of the network's own work: a goal's indicator, the follow-up of one goal at a network
// meeting, a decision and an external guest. Spread into `STRAPI_COMPONENTS` and `COMPONENT_FIELDS`.
import { z } from 'zod';
import { calendarDate, entryRef, oneOf, requiredText } from '../fields.ts';
import { relationTo } from '../strapi/attributes.ts';
import type { StrapiComponentSchema } from '../strapi/schema-types.ts';
import { GOAL_STATUSES, INDICATOR_SOURCES } from './vocab.ts';

/** What a goal measures, and the value it aims for by when. */
export const indicatorFields = z.object({
  /** What is measured ("Kommuner med utsedd servicesamordnare"). */
  measure: requiredText(200),
  /** Unit of the measured value ("kommuner", "procent"). */
  unit: requiredText(40),
  /** The value the goal aims for. */
  targetValue: z.number({ error: 'Ange ett tal' }),
  /** When the target should be reached. */
  targetDate: calendarDate.nullish(),
  /**
   * Where the measured value comes from: a share of the service status, counted from the published
   * service plans and coordinators. Empty: the value each meeting records.
   */
  measuredFrom: oneOf(INDICATOR_SOURCES.values).nullish(),
});

/** How one goal stood at one network meeting. */
export const goalFollowUpFields = z.object({
  /** The goal followed up; null when that goal is not published (yet). */
  goal: entryRef.nullish(),
  /** Where the goal stands: ej påbörjad, på väg, står still or uppnådd. */
  goalStatus: oneOf(GOAL_STATUSES.values),
  /** A short comment on the status (at most 500 characters). */
  comment: z.string().trim().max(500, { error: 'Högst 500 tecken' }).nullish(),
  /** The indicator's measured value at the meeting, where the goal has an indicator. */
  measuredValue: z.number({ error: 'Ange ett tal' }).nullish(),
});

/** A decision taken at a meeting. */
export const decisionFields = z.object({
  /** What was decided, in one or two sentences. */
  decision: requiredText(500),
});

/** An external guest at a meeting: an organisation and a role, never a private person's details. */
export const externalGuestFields = z.object({
  /** The organisation the guest came from ("Tillväxtverket"). */
  organisation: requiredText(200),
  /** The guest's role, not their name ("handläggare för kommersiell service"). */
  role: requiredText(200),
});

export const NETWORK_COMPONENTS = {
  'network.indicator': {
    collectionName: 'components_network_indicators',
    info: { displayName: 'Indikator', icon: 'chartCircle', description: 'Vad en målbild mäter och målvärdet' },
    options: {},
    attributes: {
      measure: { type: 'string', required: true, maxLength: 200 },
      unit: { type: 'string', required: true, maxLength: 40 },
      targetValue: { type: 'float', required: true },
      targetDate: { type: 'date' },
      measuredFrom: { type: 'enumeration', enum: INDICATOR_SOURCES.values },
    },
  },
  'network.goal-follow-up': {
    collectionName: 'components_network_goal_follow_ups',
    info: { displayName: 'Uppföljning av mål', icon: 'check', description: 'Hur en målbild stod vid en träff' },
    options: {},
    attributes: {
      goal: relationTo('api::goal.goal', 'manyToOne'),
      goalStatus: { type: 'enumeration', enum: GOAL_STATUSES.values, required: true },
      comment: { type: 'text', maxLength: 500 },
      measuredValue: { type: 'float' },
    },
  },
  'network.decision': {
    collectionName: 'components_network_decisions',
    info: { displayName: 'Beslut', icon: 'feather', description: 'Ett beslut som fattades på träffen' },
    options: {},
    attributes: {
      decision: { type: 'text', required: true, maxLength: 500 },
    },
  },
  'network.external-guest': {
    collectionName: 'components_network_external_guests',
    info: { displayName: 'Extern gäst', icon: 'user', description: 'Organisation och roll, aldrig namn' },
    options: {},
    attributes: {
      organisation: { type: 'string', required: true, maxLength: 200 },
      role: { type: 'string', required: true, maxLength: 200 },
    },
  },
} satisfies Record<string, StrapiComponentSchema>;

export const NETWORK_COMPONENT_FIELDS = {
  'network.indicator': indicatorFields,
  'network.goal-follow-up': goalFollowUpFields,
  'network.decision': decisionFields,
  'network.external-guest': externalGuestFields,
} satisfies Record<keyof typeof NETWORK_COMPONENTS, z.ZodObject>;
