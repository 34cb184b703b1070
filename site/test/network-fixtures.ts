// Entries of the network's own types in the shape the CMS serves them, for the site's unit tests.
import type { EntryByType } from '@skb/content-types';
import { common, event, system } from './fixtures.ts';

export function goal(over: Partial<EntryByType['goal']> = {}): EntryByType['goal'] {
  return {
    ...system('sv', 'g1'),
    ...common('Varje kommun har en servicesamordnare', 'varje-kommun-har-en-servicesamordnare'),
    goalSet: 'mål för service i Sverige',
    position: 2,
    indicator: { measure: 'Kommuner med servicesamordnare', unit: 'kommuner', targetValue: 290, targetDate: null },
    ...over,
  } as EntryByType['goal'];
}

export function project(over: Partial<EntryByType['project']> = {}): EntryByType['project'] {
  return {
    ...system('sv', 'p1'),
    ...common('Servicepunkter i fjällbyarna', 'servicepunkter-i-fjallbyarna'),
    owner: null,
    partners: [],
    funders: [],
    fundingAmount: 1_200_000,
    startDate: '2025-01-01',
    endDate: null,
    projectStatus: 'pågår',
    municipalities: ['2326'],
    counties: [],
    nationalImportance: false,
    runByNetwork: false,
    methods: [],
    caseStudies: [],
    externalUrl: null,
    ...over,
  } as EntryByType['project'];
}

export function network(over: Partial<EntryByType['network']> = {}): EntryByType['network'] {
  return {
    ...system('sv', 'n1'),
    ...common('Servicenätverket i Dalarna', 'servicenatverket-i-dalarna'),
    kind: 'regionalt servicenätverk',
    municipalities: [],
    counties: ['20'],
    members: [],
    contactOrganisation: null,
    contactEmail: 'service@exempel.se',
    website: null,
    ...over,
  } as EntryByType['network'];
}

export function advocacyAction(over: Partial<EntryByType['advocacy-action']> = {}): EntryByType['advocacy-action'] {
  return {
    ...system('sv', 'a1'),
    ...common('Möte med landsbygdsministern', 'mote-med-landsbygdsministern'),
    kind: 'möte med beslutsfattare',
    date: '2025-10-02',
    addressee: 'Landsbygds- och infrastrukturdepartementet',
    ask: 'Att staten tar ansvar.',
    outcome: null,
    followUp: null,
    municipalities: [],
    counties: [],
    consultationResponses: [],
    methods: [],
    caseStudies: [],
    ...over,
  } as EntryByType['advocacy-action'];
}

/** A nätverksträff on `startsAt` that follows up goals: `[goalDocumentId, status]` pairs. */
export function meeting(
  documentId: string,
  startsAt: string,
  marks: [string, EntryByType['event']['followUps'][number]['goalStatus']][],
): EntryByType['event'] {
  return event({
    documentId,
    slug: `natverkstraff-${startsAt.slice(0, 10)}`,
    title: `Nätverksträff ${startsAt.slice(0, 10)}`,
    startsAt,
    endsAt: startsAt.replace('T09', 'T14'),
    followUps: marks.map(([goalId, goalStatus], index) => ({
      goal: { documentId: goalId, title: goalId, slug: goalId, locale: 'sv' },
      goalStatus,
      comment: `Kommentar ${index + 1}`,
      measuredValue: null,
    })),
    minutes: `Protokoll från ${startsAt.slice(0, 10)}.`,
  });
}
