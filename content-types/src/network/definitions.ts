// The registry entries of the network's own work. Kept beside their types; `../registry.ts` lists
// them among the public types.
import type { ContentTypeDefinition } from '../registry.ts';
import { advocacyActionEntry, advocacyActionFields, advocacyActionStrapi } from './advocacy-action.ts';
import { goalEntry, goalFields, goalStrapi } from './goal.ts';
import { networkEntry, networkFields, networkStrapi } from './network.ts';
import { projectEntry, projectFields, projectRules, projectStrapi } from './project.ts';

const terms = { fields: ['name', 'slug'] } as const;
const refs = { fields: ['title', 'slug', 'locale'] } as const;
const localizations = { fields: ['locale', 'slug', 'title'] } as const;
const commonPopulate = { serviceAreas: terms, topics: terms, localizations } as const;

/** What an event populates for its follow-up, when it is a nätverksträff. */
export const meetingPopulate = {
  followUps: { populate: { goal: { fields: ['title', 'slug', 'locale', 'goalSet', 'position'] } } },
  decisions: true,
  externalGuests: true,
} as const;

export const goal = {
  uid: 'api::goal.goal',
  name: 'goal',
  pluralName: 'goals',
  visibility: 'public',
  fields: goalFields,
  entry: goalEntry,
  strapi: goalStrapi,
  populate: { ...commonPopulate, indicator: true },
  label: { sv: 'Målbild', svPlural: 'Målbilder', en: 'Goal', enPlural: 'Goals' },
  path: { sv: 'malbilder', en: 'goals' },
} as const satisfies ContentTypeDefinition;

export const project = {
  uid: 'api::project.project',
  name: 'project',
  pluralName: 'projects',
  visibility: 'public',
  fields: projectFields,
  rules: projectRules,
  entry: projectEntry,
  strapi: projectStrapi,
  populate: {
    ...commonPopulate,
    owner: terms,
    partners: terms,
    funders: terms,
    methods: refs,
    caseStudies: refs,
  },
  label: { sv: 'Projekt', svPlural: 'Projekt', en: 'Project', enPlural: 'Projects' },
  path: { sv: 'projekt', en: 'projects' },
} as const satisfies ContentTypeDefinition;

export const network = {
  uid: 'api::network.network',
  name: 'network',
  pluralName: 'networks',
  visibility: 'public',
  fields: networkFields,
  entry: networkEntry,
  strapi: networkStrapi,
  populate: { ...commonPopulate, members: terms, contactOrganisation: terms },
  label: { sv: 'Nätverk', svPlural: 'Nätverk', en: 'Network', enPlural: 'Networks' },
  path: { sv: 'natverk', en: 'networks' },
} as const satisfies ContentTypeDefinition;

export const advocacyAction = {
  uid: 'api::advocacy-action.advocacy-action',
  name: 'advocacy-action',
  pluralName: 'advocacy-actions',
  visibility: 'public',
  fields: advocacyActionFields,
  entry: advocacyActionEntry,
  strapi: advocacyActionStrapi,
  populate: { ...commonPopulate, consultationResponses: refs, methods: refs, caseStudies: refs },
  label: { sv: 'Påverkansarbete', svPlural: 'Påverkansarbete', en: 'Advocacy action', enPlural: 'Advocacy' },
  path: { sv: 'paverkan', en: 'advocacy' },
} as const satisfies ContentTypeDefinition;
