import { z } from 'zod';
import { amountSek, calendarDate, commonFields, entryRef, oneOf, systemFields, termRef, webUrl } from '../fields.ts';
import { commonAttributes, relationTo, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { countyList, municipalityList, placeAttributes } from './places.ts';
import { PROJECT_STATUSES } from './vocab.ts';

/** What an editor writes on a project (projekt): work on rural service, the network's own or others'. */
export const projectFields = z.object({
  ...commonFields,
  /** The organisation that owns the project. */
  owner: termRef.nullish(),
  /** Partner organisations. */
  partners: z.array(termRef).default([]),
  /** Who pays for it. */
  funders: z.array(termRef).default([]),
  /** Total funding in kronor, when known. */
  fundingAmount: amountSek.nullish(),
  /** First day of the project. */
  startDate: calendarDate,
  /** Last day of the project, when set. */
  endDate: calendarDate.nullish(),
  /** planerat, pågår or avslutat (not `status`, which Draft & Publish reserves). */
  projectStatus: oneOf(PROJECT_STATUSES.values),
  /** SCB codes of the municipalities it works in. */
  municipalities: municipalityList,
  /** SCB codes of the counties it works in (besides those that follow from the municipalities). */
  counties: countyList,
  /** Of national importance: it concerns service all over Sweden. */
  nationalImportance: z.boolean().default(false),
  /** Run by the network itself. */
  runByNetwork: z.boolean().default(false),
  /** Methods the project produced. */
  methods: z.array(entryRef).default([]),
  /** Case studies the project produced. */
  caseStudies: z.array(entryRef).default([]),
  /** The project's own site. */
  externalUrl: webUrl.nullish(),
});

type ProjectValues = Partial<z.output<typeof projectFields>>;

/** Rules across fields: it ends after it starts, and a finished project has an end date. */
export function projectRules(project: ProjectValues, ctx: z.RefinementCtx): void {
  if (project.startDate && project.endDate && project.endDate < project.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Projektet slutar innan det börjar' });
  }
  if (project.projectStatus === 'avslutat' && !project.endDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ett avslutat projekt behöver ett slutdatum' });
  }
}

/** A published project as the API serves it. */
export const projectEntry = z
  .object({ ...systemFields, ...projectFields.omit({ internalNote: true }).shape })
  .superRefine(projectRules);
export type Project = z.infer<typeof projectEntry>;

export const projectStrapi = {
  kind: 'collectionType',
  collectionName: 'projects',
  info: {
    singularName: 'project',
    pluralName: 'projects',
    displayName: 'Projekt',
    description: 'Projekt om service på landsbygden, nätverkets egna och andras',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    owner: relationTo('api::organisation.organisation', 'manyToOne'),
    partners: relationTo('api::organisation.organisation'),
    funders: relationTo('api::organisation.organisation'),
    fundingAmount: { type: 'integer', min: 0, ...shared },
    startDate: { type: 'date', required: true, ...shared },
    endDate: { type: 'date', ...shared },
    projectStatus: { type: 'enumeration', enum: PROJECT_STATUSES.values, required: true, ...shared },
    ...placeAttributes,
    nationalImportance: { type: 'boolean', default: false, ...shared },
    runByNetwork: { type: 'boolean', default: false, ...shared },
    methods: relationTo('api::method.method'),
    caseStudies: relationTo('api::case-study.case-study'),
    externalUrl: { type: 'string', ...shared },
  },
} satisfies StrapiContentTypeSchema;
