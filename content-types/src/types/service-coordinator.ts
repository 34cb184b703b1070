import { z } from 'zod';
import { calendarDate, commonFields, municipalityCode, requiredText, systemFields, webUrl } from '../fields.ts';
import { personalEmailReason, personalPhoneReason } from '../service-status/contact.ts';
import { commonAttributes, jsonList, localized, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';

/** A function's e-mail address; a private person's address is refused (see `personalEmailReason`). */
const functionEmail = z.email({ error: 'Ange en e-postadress (namn@kommun.se)' }).superRefine((address, ctx) => {
  const reason = personalEmailReason(address);
  if (reason) ctx.addIssue({ code: 'custom', message: `Personlig e-postadress: ${reason}` });
});

/** A switchboard or direct line; a mobile number is refused (see `personalPhoneReason`). */
const functionPhone = z
  .string()
  .trim()
  .regex(/^[+\d][\d\s()-]{5,20}$/, { error: 'Ange ett telefonnummer (0251-800 00)' })
  .superRefine((phone, ctx) => {
    const reason = personalPhoneReason(phone);
    if (reason) ctx.addIssue({ code: 'custom', message: `Personligt telefonnummer: ${reason}` });
  });

/**
 * What an editor writes on a service coordinator (servicesamordnare): the post a municipality (or
 * several, for a shared one) gives the responsibility for local service, with its mandate. The
 * post, never the person: no name, and a contact that reaches whoever holds the post.
 */
export const serviceCoordinatorFields = z.object({
  ...commonFields,
  /** SCB codes of the municipalities the post serves (several for a shared coordinator). */
  municipalities: z
    .array(municipalityCode)
    .min(1, { error: 'Ange minst en kommun' })
    .refine((codes) => new Set(codes).size === codes.length, { error: 'Samma kommun står två gånger' }),
  /** The post's title ("Landsbygdsutvecklare"). */
  roleTitle: requiredText(120),
  /** The organisational unit the post belongs to ("Näringslivsenheten, kommunledningsförvaltningen"). */
  unit: requiredText(200),
  /** The mandate and powers the post has for local service and rural development, in Markdown. */
  mandate: z.string({ error: 'Beskriv uppdraget' }).trim().min(1, { error: 'Beskriv uppdraget' }),
  /** Share of a full-time post, in per cent (1–100). */
  fullTimePercent: z
    .number()
    .int({ error: 'Ange hela procent' })
    .min(1, { error: 'Minst 1 procent' })
    .max(100, { error: 'Högst 100 procent' }),
  /** Since when the municipality has the post. */
  since: calendarDate.nullish(),
  /** The function's e-mail address; never a person's (firstname.lastname@…, gmail.com and the like are refused). */
  contactEmail: functionEmail.nullish(),
  /** The switchboard or the function's number; never a mobile number (07…). */
  contactPhone: functionPhone.nullish(),
  /** A page about the post or the unit on the municipality's website. */
  contactUrl: webUrl.nullish(),
});

type CoordinatorInput = z.infer<typeof serviceCoordinatorFields>;

/** A reader must be able to reach the post one way or another. */
export function serviceCoordinatorRules(coordinator: CoordinatorInput, ctx: z.RefinementCtx): void {
  if (!coordinator.contactEmail && !coordinator.contactPhone && !coordinator.contactUrl) {
    ctx.addIssue({
      code: 'custom',
      path: ['contactEmail'],
      message: 'Ange minst en kontaktväg: funktionsadress, växelnummer eller webbsida',
    });
  }
}

/** A published service coordinator as the API serves it. */
export const serviceCoordinatorEntry = z.object({
  ...systemFields,
  ...serviceCoordinatorFields.omit({ internalNote: true }).shape,
});
export type ServiceCoordinator = z.infer<typeof serviceCoordinatorEntry>;

export const serviceCoordinatorStrapi = {
  kind: 'collectionType',
  collectionName: 'service_coordinators',
  info: {
    singularName: 'service-coordinator',
    pluralName: 'service-coordinators',
    displayName: 'Servicesamordnare',
    description: 'Den tjänst som har ansvar och mandat för lokal service i en eller flera kommuner',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    municipalities: jsonList({ required: true }),
    roleTitle: { type: 'string', required: true, maxLength: 120, ...localized },
    unit: { type: 'string', required: true, maxLength: 200, ...localized },
    mandate: { type: 'richtext', required: true, ...localized },
    fullTimePercent: { type: 'integer', required: true, min: 1, max: 100, ...shared },
    since: { type: 'date', ...shared },
    contactEmail: { type: 'email', ...shared },
    contactPhone: { type: 'string', ...shared },
    contactUrl: { type: 'string', ...shared },
  },
} satisfies StrapiContentTypeSchema;
