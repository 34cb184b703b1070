import { z } from 'zod';
import { commonFields, dateTime, markdown, municipalityCode, oneOf, systemFields, termRef, webUrl } from '../fields.ts';
import { decisionFields, externalGuestFields, goalFollowUpFields } from '../network/components.ts';
import { commonAttributes, localized, relationTo, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { EVENT_KINDS } from '../vocab.ts';

/** What an editor writes on an event (evenemang): a meeting, conference, webinar or course. */
export const eventFields = z.object({
  ...commonFields,
  /** What kind of event: nätverksträff, konferens, webbinarium or kurs. */
  kind: oneOf(EVENT_KINDS.values),
  /** When it starts. */
  startsAt: dateTime,
  /** When it ends. */
  endsAt: dateTime,
  /** Where it is held, as people would say it ("Bygdegården i Sörsjön, Älvdalen"). */
  location: z.string().trim().max(200).nullish(),
  /** SCB code of the municipality where it is held, when it is held in one place. */
  municipality: municipalityCode.nullish(),
  /** Address of the online meeting, when it is (also) online. */
  onlineUrl: webUrl.nullish(),
  /** Where to register. */
  registrationUrl: webUrl.nullish(),
  /** Who organises it. */
  organiser: termRef.nullish(),
  /** Nätverksträff: how each goal stood at the meeting. */
  followUps: z.array(goalFollowUpFields).default([]),
  /** Nätverksträff: the minutes, in Markdown. */
  minutes: markdown.nullish(),
  /** Nätverksträff: the decisions taken. */
  decisions: z.array(decisionFields).default([]),
  /** Nätverksträff: external guests, as organisation and role only. */
  externalGuests: z.array(externalGuestFields).default([]),
});

type EventValues = Partial<z.output<typeof eventFields>>;

/** Rules across fields: it ends after it starts, it happens somewhere, only a nätverksträff is followed up. */
export function eventRules(event: EventValues, ctx: z.RefinementCtx): void {
  if (event.startsAt && event.endsAt && Date.parse(event.endsAt) < Date.parse(event.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Evenemanget slutar innan det börjar' });
  }
  if (!event.location && !event.onlineUrl) {
    ctx.addIssue({ code: 'custom', path: ['location'], message: 'Ange en plats eller en länk till mötet' });
  }
  if (event.kind && event.kind !== 'nätverksträff') {
    const followedUp = (event.followUps?.length ?? 0) + (event.decisions?.length ?? 0) > 0 || Boolean(event.minutes);
    if (followedUp) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'Uppföljning av mål, protokoll och beslut hör bara till en nätverksträff',
      });
    }
  }
}

/** A published event as the API serves it. */
export const eventEntry = z
  .object({ ...systemFields, ...eventFields.omit({ internalNote: true }).shape })
  .superRefine(eventRules);
export type Event = z.infer<typeof eventEntry>;

export const eventStrapi = {
  kind: 'collectionType',
  collectionName: 'events',
  info: {
    singularName: 'event',
    pluralName: 'events',
    displayName: 'Evenemang',
    description: 'Nätverksträffar, konferenser, webbinarier och kurser',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    kind: { type: 'enumeration', enum: EVENT_KINDS.values, required: true, ...shared },
    startsAt: { type: 'datetime', required: true, ...shared },
    endsAt: { type: 'datetime', required: true, ...shared },
    location: { type: 'string', maxLength: 200, ...localized },
    municipality: { type: 'string', ...shared },
    onlineUrl: { type: 'string', ...shared },
    registrationUrl: { type: 'string', ...shared },
    organiser: relationTo('api::organisation.organisation', 'manyToOne'),
    followUps: { type: 'component', component: 'network.goal-follow-up', repeatable: true, ...localized },
    minutes: { type: 'richtext', ...localized },
    decisions: { type: 'component', component: 'network.decision', repeatable: true, ...localized },
    externalGuests: { type: 'component', component: 'network.external-guest', repeatable: true, ...localized },
  },
} satisfies StrapiContentTypeSchema;
