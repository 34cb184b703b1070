// Entries in the shape the CMS's REST API serves them, valid against the content-types schemas,
// for unit tests of the site's pure parts. Each builder takes overrides.
import type { EntryByType, ServiceArea } from '@skb/content-types';

let counter = 0;
const nextId = () => {
  counter += 1;
  return counter;
};

/** Strapi's own fields of a published entry (ids unique across every fixture). */
export const system = (locale: string, documentId: string, publishedAt = '2026-02-01T10:00:00.000Z') => ({
  id: nextId(),
  documentId,
  locale,
  publishedAt,
  createdAt: publishedAt,
  updatedAt: publishedAt,
  localizations: [],
});

const area = (slug: string, name: string) => ({ documentId: `sa-${slug}`, name, slug });
export const AREAS = {
  dagligvaror: area('dagligvaror', 'Dagligvaror'),
  drivmedel: area('drivmedel', 'Drivmedel'),
};

export const serviceAreas: ServiceArea[] = [
  {
    id: 1,
    documentId: 'sa-dagligvaror',
    name: 'Dagligvaror',
    nameEn: 'Groceries',
    slug: 'dagligvaror',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 2,
    documentId: 'sa-drivmedel',
    name: 'Drivmedel',
    nameEn: 'Fuel',
    slug: 'drivmedel',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
];

/** The fields every type shares. */
export const common = (title: string, slug: string) => ({
  title,
  slug,
  summary: `Sammanfattning av ${title}.`,
  body: `Text om ${title}.`,
  serviceAreas: [AREAS.dagligvaror],
  topics: [],
});

export function method(over: Partial<EntryByType['method']> = {}): EntryByType['method'] {
  return {
    ...system('sv', 'm1', '2026-05-01T10:00:00.000Z'),
    ...common('Bystämma om servicen', 'bystamma-om-servicen'),
    steps: [{ title: 'Bjud in', body: 'Bjud in **alla**.' }],
    actorLevels: ['lokal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'beprövad',
    timeNeeded: '4 veckor',
    prerequisites: null,
    caseStudies: [],
    sources: [],
    lastVerifiedAt: null,
    ...over,
  } as EntryByType['method'];
}

export function caseStudy(over: Partial<EntryByType['case-study']> = {}): EntryByType['case-study'] {
  return {
    ...system('sv', 'c1', '2026-06-01T10:00:00.000Z'),
    ...common('Sörsjön samlade servicen', 'sorsjon-samlade-servicen'),
    municipalities: ['2039'],
    coordinates: null,
    startedYear: 2023,
    projectStatus: 'pågående',
    outcomes: 'Fler kunder.',
    lessons: 'Börja smått.',
    funding: null,
    organisations: [],
    methods: [],
    lastVerifiedAt: null,
    ...over,
  } as EntryByType['case-study'];
}

export function fundingCall(over: Partial<EntryByType['funding-call']> = {}): EntryByType['funding-call'] {
  return {
    ...system('sv', 'f1', '2026-04-01T10:00:00.000Z'),
    ...common('Investeringsstöd till butiker', 'investeringsstod-till-butiker'),
    funder: null,
    opensAt: '2026-01-01T08:00:00.000Z',
    deadline: '2027-03-31T21:59:00.000Z',
    amountMin: 10_000,
    amountMax: 200_000,
    eligibleApplicants: ['ideell förening'],
    geography: 'län',
    counties: ['20'],
    externalUrl: null,
    ...over,
  } as EntryByType['funding-call'];
}

export function consultationResponse(
  over: Partial<EntryByType['consultation-response']> = {},
): EntryByType['consultation-response'] {
  return {
    ...system('sv', 'r1', '2026-03-01T10:00:00.000Z'),
    ...common('Svar på remiss om grundläggande betaltjänster', 'svar-pa-remiss'),
    consultationTitle: 'Grundläggande betaltjänster',
    issuer: null,
    referenceNumber: 'Fi2026/00123',
    consultationDeadline: '2026-09-30',
    submittedAt: '2026-09-28',
    respondent: null,
    document: null,
    outcome: null,
    methods: [],
    caseStudies: [],
    ...over,
  } as EntryByType['consultation-response'];
}

export function trendNote(over: Partial<EntryByType['trend-note']> = {}): EntryByType['trend-note'] {
  return {
    ...system('sv', 't1', '2026-10-01T10:00:00.000Z'),
    ...common('Paketskåpen breder ut sig', 'paketskapen-breder-ut-sig'),
    sourceLinks: [],
    region: [],
    ...over,
  } as EntryByType['trend-note'];
}

export function event(over: Partial<EntryByType['event']> = {}): EntryByType['event'] {
  return {
    ...system('sv', 'e1', '2026-09-01T10:00:00.000Z'),
    ...common('Nätverksträff i Dalarna', 'natverkstraff-i-dalarna'),
    kind: 'nätverksträff',
    startsAt: '2026-12-14T09:00:00.000Z',
    endsAt: '2026-12-14T14:30:00.000Z',
    location: 'Bygdegården i Sörsjön',
    municipality: '2039',
    onlineUrl: null,
    registrationUrl: null,
    organiser: null,
    followUps: [],
    minutes: null,
    decisions: [],
    externalGuests: [],
    ...over,
  } as EntryByType['event'];
}

export function servicePlan(over: Partial<EntryByType['service-plan']> = {}): EntryByType['service-plan'] {
  return {
    ...system('sv', 'sp1', '2026-08-01T10:00:00.000Z'),
    ...common('Landsbygdsserviceplan för Älvdalen', 'landsbygdsserviceplan-for-alvdalen'),
    municipality: '2039',
    adoptedAt: '2019-05-20',
    revisedAt: '2024-02-12',
    plannedRevisionAt: null,
    madeWithLocalGroups: true,
    localGroupsHow: 'Dialogmöten i byarna.',
    documentUrl: 'https://example.se/plan.pdf',
    document: null,
    source: 'Kommunens webbplats',
    sourceCheckedAt: '2026-08-01',
    ...over,
  } as EntryByType['service-plan'];
}

export function serviceCoordinator(
  over: Partial<EntryByType['service-coordinator']> = {},
): EntryByType['service-coordinator'] {
  return {
    ...system('sv', 'sc1', '2026-08-02T10:00:00.000Z'),
    ...common('Landsbygdsutvecklare i Älvdalen', 'landsbygdsutvecklare-i-alvdalen'),
    municipalities: ['2039'],
    roleTitle: 'Landsbygdsutvecklare',
    unit: 'Näringslivsenheten',
    mandate: 'Samordnar serviceplanen.',
    fullTimePercent: 50,
    since: '2023-01-01',
    contactEmail: 'landsbygd@example.se',
    contactPhone: null,
    contactUrl: null,
    ...over,
  } as EntryByType['service-coordinator'];
}

/** An empty set of entries per type, to fill in. */
export function noEntries(): { [K in keyof EntryByType]: EntryByType[K][] } {
  return {
    method: [],
    'case-study': [],
    'funding-call': [],
    'consultation-response': [],
    'trend-note': [],
    event: [],
    'service-plan': [],
    'service-coordinator': [],
    goal: [],
    project: [],
    network: [],
    'advocacy-action': [],
  };
}
