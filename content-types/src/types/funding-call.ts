import { z } from 'zod';
import {
  amountSek,
  commonFields,
  countyCode,
  dateTime,
  oneOf,
  setOf,
  systemFields,
  termRef,
  webUrl,
} from '../fields.ts';
import { commonAttributes, pickList, relationTo, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { APPLICANT_KINDS, GEOGRAPHIES } from '../vocab.ts';

/**
 * What an editor writes on a funding call (utlysning). Its status (kommande, öppen, stängd) is never
 * stored: `fundingCallStatus` computes it from the dates.
 */
export const fundingCallFields = z.object({
  ...commonFields,
  /** The organisation that funds the call. */
  funder: termRef.nullish(),
  /** When applications open (date-time; Europe/Stockholm when entered in the admin). */
  opensAt: dateTime,
  /** Last moment to apply (date-time; the whole minute counts). */
  deadline: dateTime,
  /** Smallest amount that can be granted, in SEK. */
  amountMin: amountSek.nullish(),
  /** Largest amount that can be granted, in SEK. */
  amountMax: amountSek.nullish(),
  /** Who may apply: ideell förening, ekonomisk förening, kommun, region, företag, privatperson. */
  eligibleApplicants: setOf(APPLICANT_KINDS.values).min(1, { error: 'Ange vilka som får söka' }),
  /** Where the call applies: nationell, or län (the counties listed in `counties`). */
  geography: oneOf(GEOGRAPHIES.values),
  /** SCB codes of the counties the call applies to, when `geography` is län. */
  counties: z.array(countyCode).default([]),
  /** The funder's page about the call. */
  externalUrl: webUrl.nullish(),
});

type FundingCallValues = Partial<z.output<typeof fundingCallFields>>;

/** Rules across fields: the deadline after the opening, the amounts in order, counties when regional. */
export function fundingCallRules(call: FundingCallValues, ctx: z.RefinementCtx): void {
  if (call.opensAt && call.deadline && Date.parse(call.deadline) <= Date.parse(call.opensAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['deadline'],
      message: 'Sista ansökningsdag måste ligga efter öppningsdatum',
    });
  }
  if (call.amountMin != null && call.amountMax != null && call.amountMin > call.amountMax) {
    ctx.addIssue({ code: 'custom', path: ['amountMax'], message: 'Högsta belopp är lägre än lägsta belopp' });
  }
  if (call.geography === 'län' && (call.counties ?? []).length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['counties'],
      message: 'Ange minst ett län när utlysningen gäller vissa län',
    });
  }
  if (call.geography === 'nationell' && (call.counties ?? []).length > 0) {
    ctx.addIssue({ code: 'custom', path: ['counties'], message: 'En nationell utlysning ska inte ha län' });
  }
}

/** A published funding call as the API serves it. */
export const fundingCallEntry = z
  .object({ ...systemFields, ...fundingCallFields.omit({ internalNote: true }).shape })
  .superRefine(fundingCallRules);
export type FundingCall = z.infer<typeof fundingCallEntry>;

export const fundingCallStrapi = {
  kind: 'collectionType',
  collectionName: 'funding_calls',
  info: {
    singularName: 'funding-call',
    pluralName: 'funding-calls',
    displayName: 'Utlysning',
    description: 'Stöd och bidrag att söka, med öppningsdatum och sista ansökningsdag',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    funder: relationTo('api::organisation.organisation', 'manyToOne'),
    opensAt: { type: 'datetime', required: true, ...shared },
    deadline: { type: 'datetime', required: true, ...shared },
    amountMin: { type: 'integer', min: 0, ...shared },
    amountMax: { type: 'integer', min: 0, ...shared },
    eligibleApplicants: pickList('applicant-types', { required: true }),
    geography: { type: 'enumeration', enum: GEOGRAPHIES.values, required: true, default: 'nationell', ...shared },
    counties: pickList('counties'),
    externalUrl: { type: 'string', ...shared },
  },
} satisfies StrapiContentTypeSchema;
