// Controlled vocabularies of the network's own work: goals and their follow-up, projects, networks
// and advocacy. Same shape as `../vocab.ts`: the stored value is the Swedish word editors use.
import { vocabulary } from '../vocab.ts';

/** Which set a goal belongs to. */
export const GOAL_SETS = vocabulary([
  { value: 'nätverkets mål', label: { sv: 'Nätverkets mål', en: "The network's goals" } },
  { value: 'mål för service i Sverige', label: { sv: 'Mål för service i Sverige', en: 'Goals for service in Sweden' } },
]);

/** Where a goal stands at a network meeting (nätverksträff). */
export const GOAL_STATUSES = vocabulary([
  { value: 'ej påbörjad', label: { sv: 'Ej påbörjad', en: 'Not started' } },
  { value: 'på väg', label: { sv: 'På väg', en: 'On track' } },
  { value: 'står still', label: { sv: 'Står still', en: 'Stalled' } },
  { value: 'uppnådd', label: { sv: 'Uppnådd', en: 'Achieved' } },
]);

/**
 * Where an indicator's measured value comes from when no one has to type it: the service status of
 * the municipalities (the share issue's tracker). Without one, the value is what a meeting recorded.
 */
export const INDICATOR_SOURCES = vocabulary([
  {
    value: 'servicesamordnare',
    label: {
      sv: 'Servicestatus: kommuner med servicesamordnare',
      en: 'Service status: municipalities with a service coordinator',
    },
  },
  {
    value: 'aktuell serviceplan',
    label: {
      sv: 'Servicestatus: kommuner med serviceplan antagen eller reviderad de senaste fyra åren',
      en: 'Service status: municipalities with a service plan adopted or revised in the last four years',
    },
  },
]);

/** Where a project is. */
export const PROJECT_STATUSES = vocabulary([
  { value: 'planerat', label: { sv: 'Planerat', en: 'Planned' } },
  { value: 'pågår', label: { sv: 'Pågår', en: 'Ongoing' } },
  { value: 'avslutat', label: { sv: 'Avslutat', en: 'Completed' } },
]);

/** What kind of network. */
export const NETWORK_KINDS = vocabulary([
  { value: 'leadergrupp', label: { sv: 'Leadergrupp', en: 'LEADER group' } },
  { value: 'regionalt servicenätverk', label: { sv: 'Regionalt servicenätverk', en: 'Regional service network' } },
  { value: 'nationellt nätverk', label: { sv: 'Nationellt nätverk', en: 'National network' } },
  { value: 'forskningsnätverk', label: { sv: 'Forskningsnätverk', en: 'Research network' } },
  { value: 'kommunalt nätverk', label: { sv: 'Kommunalt nätverk', en: 'Municipal network' } },
]);

/** What kind of advocacy action. */
export const ADVOCACY_KINDS = vocabulary([
  { value: 'möte med beslutsfattare', label: { sv: 'Möte med beslutsfattare', en: 'Meeting with decision makers' } },
  { value: 'debattartikel', label: { sv: 'Debattartikel', en: 'Opinion piece' } },
  { value: 'skrivelse', label: { sv: 'Skrivelse', en: 'Letter' } },
  { value: 'uppvaktning', label: { sv: 'Uppvaktning', en: 'Delegation' } },
  { value: 'seminarium', label: { sv: 'Seminarium', en: 'Seminar' } },
  { value: 'remissvar', label: { sv: 'Remissvar', en: 'Consultation response' } },
]);

export type GoalStatus = (typeof GOAL_STATUSES.values)[number];
export type IndicatorSource = (typeof INDICATOR_SOURCES.values)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES.values)[number];
