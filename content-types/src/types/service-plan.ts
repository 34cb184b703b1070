import { z } from 'zod';
import {
  calendarDate,
  commonFields,
  mediaRef,
  municipalityCode,
  requiredText,
  systemFields,
  webUrl,
} from '../fields.ts';
import { commonAttributes, localized, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';

/**
 * What an editor writes on a municipal rural service plan (kommunal serviceplan): when it was
 * adopted and revised, whether local groups took part, and where to read it. The service areas it
 * covers are the common `serviceAreas`.
 */
export const servicePlanFields = z.object({
  ...commonFields,
  /** SCB code of the municipality whose plan it is. */
  municipality: municipalityCode,
  /** The day the municipal council (or board) adopted the plan. */
  adoptedAt: calendarDate,
  /** The day of the plan's last revision, when it has been revised. */
  revisedAt: calendarDate.nullish(),
  /** When the next revision is planned, when the municipality has said so. */
  plannedRevisionAt: calendarDate.nullish(),
  /** Whether the plan was made together with local groups (village action groups, rural councils). */
  madeWithLocalGroups: z.boolean({ error: 'Ange ja eller nej' }),
  /** How local groups took part: dialogue meetings, a reference group, consultation (a short text). */
  localGroupsHow: z.string().trim().max(500, { error: 'Högst 500 tecken' }).nullish(),
  /** Address of the plan on the municipality's own website. */
  documentUrl: webUrl.nullish(),
  /** The plan as a PDF, when the municipality's own link may not last. */
  document: mediaRef.nullish(),
  /** Where the facts come from ("Kommunens webbplats", "Telefon med kommunens näringslivsenhet"). */
  source: requiredText(200),
  /** The day an editor last checked the facts against the source. */
  sourceCheckedAt: calendarDate,
});

type PlanInput = z.infer<typeof servicePlanFields>;

/** Dates in order, and a word on how local groups took part when they did. */
export function servicePlanRules(plan: PlanInput, ctx: z.RefinementCtx): void {
  if (plan.revisedAt && plan.revisedAt < plan.adoptedAt) {
    ctx.addIssue({ code: 'custom', path: ['revisedAt'], message: 'Revideringen ligger före antagandet' });
  }
  const last = plan.revisedAt ?? plan.adoptedAt;
  if (plan.plannedRevisionAt && plan.plannedRevisionAt < last) {
    ctx.addIssue({
      code: 'custom',
      path: ['plannedRevisionAt'],
      message: 'Planerad revidering ligger före senaste beslutet',
    });
  }
  if (plan.madeWithLocalGroups && !plan.localGroupsHow?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['localGroupsHow'],
      message: 'Beskriv kort hur lokala grupper deltog',
    });
  }
}

/** A published service plan as the API serves it. */
export const servicePlanEntry = z.object({ ...systemFields, ...servicePlanFields.omit({ internalNote: true }).shape });
export type ServicePlan = z.infer<typeof servicePlanEntry>;

export const servicePlanStrapi = {
  kind: 'collectionType',
  collectionName: 'service_plans',
  info: {
    singularName: 'service-plan',
    pluralName: 'service-plans',
    displayName: 'Kommunal serviceplan',
    description: 'En kommuns landsbygdsserviceplan: antagen, reviderad, gjord med lokala grupper',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    municipality: { type: 'string', required: true, ...shared },
    adoptedAt: { type: 'date', required: true, ...shared },
    revisedAt: { type: 'date', ...shared },
    plannedRevisionAt: { type: 'date', ...shared },
    madeWithLocalGroups: { type: 'boolean', required: true, ...shared },
    localGroupsHow: { type: 'text', maxLength: 500, ...localized },
    documentUrl: { type: 'string', ...shared },
    document: { type: 'media', multiple: false, allowedTypes: ['files'], ...shared },
    source: { type: 'string', required: true, maxLength: 200, ...localized },
    sourceCheckedAt: { type: 'date', required: true, ...shared },
  },
} satisfies StrapiContentTypeSchema;
