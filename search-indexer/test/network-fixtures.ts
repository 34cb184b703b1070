// Published entries of the network's own types as Strapi's public API serves them.
import { system as entrySystem, term } from './fixtures.ts';

const system = (documentId: string, locale = 'sv') => entrySystem(documentId, locale, 51);

const common = (title: string, slug: string) => ({
  title,
  slug,
  summary: `Sammanfattning: ${title}.`,
  body: 'Nätverket **samordnar** arbetet med service i kommunerna.',
  serviceAreas: [term('Servicepunkt', 'servicepunkt')],
  topics: [],
});

export const goalEntry = () => ({
  ...system('goal1'),
  ...common('Varje kommun har en servicesamordnare', 'varje-kommun-har-en-servicesamordnare'),
  goalSet: 'mål för service i Sverige',
  position: 2,
  indicator: { id: 1, measure: 'Kommuner med utsedd servicesamordnare', unit: 'kommuner', targetValue: 290 },
});

export const projectEntry = () => ({
  ...system('project1'),
  ...common('Servicepunkter i Jämtlands fjällbyar', 'servicepunkter-i-jamtlands-fjallbyar'),
  owner: term('Länsavdelningen Jämtland', 'lansavdelningen-jamtland'),
  partners: [term('Region Jämtland Härjedalen', 'region-jamtland-harjedalen')],
  funders: [term('Tillväxtverket', 'tillvaxtverket')],
  fundingAmount: 1_800_000,
  startDate: '2024-09-01',
  endDate: '2026-08-31',
  projectStatus: 'pågår',
  municipalities: ['2326'],
  counties: ['23'],
  nationalImportance: true,
  runByNetwork: false,
  methods: [],
  caseStudies: [],
  externalUrl: null,
});

export const networkEntry = () => ({
  ...system('network1'),
  ...common('Servicenätverket i Dalarna', 'servicenatverket-i-dalarna'),
  kind: 'regionalt servicenätverk',
  municipalities: [],
  counties: ['20'],
  members: [term('Region Dalarna', 'region-dalarna')],
  contactOrganisation: term('Länsavdelningen Dalarna', 'lansavdelningen-dalarna'),
  contactEmail: 'service@exempel.se',
  website: null,
});

export const advocacyActionEntry = () => ({
  ...system('advocacy1'),
  ...common('Uppvaktning om grundläggande betaltjänster', 'uppvaktning-om-betaltjanster'),
  kind: 'uppvaktning',
  date: '2025-11-20',
  addressee: 'Finansdepartementet',
  ask: 'Att **kontanthanteringen** tryggas i glesbygd.',
  outcome: null,
  followUp: 'Nytt möte i vår.',
  municipalities: [],
  counties: [],
  consultationResponses: [{ id: 2, documentId: 'cr1', title: 'Remissvar', slug: 'remissvar', locale: 'sv' }],
  methods: [],
  caseStudies: [],
});
