// Published entries as Strapi's public API serves them, one per type, for the mapping tests.

/** Strapi's own fields of a published entry. */
export const system = (documentId: string, locale = 'sv', id = 41) => ({
  id,
  documentId,
  locale,
  publishedAt: '2026-03-02T09:00:00.000Z',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  localizations: [],
});

/** A taxonomy term as a relation. */
export const term = (name: string, slug: string) => ({ id: 1, documentId: `t${slug.replace(/-/g, '')}`, name, slug });

const common = (title: string, slug: string) => ({
  title,
  slug,
  summary: `Sammanfattning: ${title}.`,
  body: '## Bakgrund\n\nByns **butik** stängde. Se [rapporten](https://example.se/rapport).\n\n- punkt ett\n- punkt två',
  serviceAreas: [term('Dagligvaror', 'dagligvaror'), term('Servicepunkt', 'servicepunkt')],
  topics: [term('kommunal serviceplan', 'kommunal-serviceplan')],
});

export const methodEntry = (locale = 'sv') => ({
  ...system('method1', locale),
  ...common('Bystämma om servicen', 'bystamma-om-servicen'),
  steps: [
    { id: 1, title: 'Bjud in brett', body: 'Skicka inbjudan *fyra veckor* före.' },
    { id: 2, title: 'Kartlägg', body: 'Rita bygden.' },
  ],
  actorLevels: ['lokal', 'kommunal'],
  effort: 'låg',
  cost: 'medel',
  evidence: 'beprövad',
  timeNeeded: '4–6 veckor',
  prerequisites: 'En **förening** som värd.',
  caseStudies: [
    { id: 3, documentId: 'cs1', title: 'Sörsjön', slug: 'sorsjon', locale: 'sv', municipalities: ['2039'] },
  ],
  sources: [{ id: 1, label: 'Tillväxtverkets rapport', url: 'https://tillvaxtverket.se' }],
  lastVerifiedAt: null,
});

export const caseStudyEntry = () => ({
  ...system('case1'),
  ...common('Sörsjön samlade servicen', 'sorsjon-samlade-servicen'),
  municipalities: ['2039', '2062'],
  coordinates: { id: 1, lat: 61.52, lon: 13.08 },
  startedYear: 2022,
  projectStatus: 'pågående',
  outcomes: '- **120** kunder i veckan',
  lessons: 'Det som *inte* fungerade var öppettiderna.',
  funding: null,
  organisations: [term('Sörsjöns byalag', 'sorsjons-byalag')],
  methods: [],
  lastVerifiedAt: '2026-01-10',
});

export const fundingCallEntry = (dates: { opensAt: string; deadline: string }) => ({
  ...system('call1'),
  ...common('Stöd till kommersiell service', 'stod-till-kommersiell-service'),
  funder: term('Region Dalarna', 'region-dalarna'),
  opensAt: dates.opensAt,
  deadline: dates.deadline,
  amountMin: 10_000,
  amountMax: 200_000,
  eligibleApplicants: ['ideell förening', 'företag'],
  geography: 'län',
  counties: ['20', '25'],
  externalUrl: 'https://example.se/stod',
});

export const consultationResponseEntry = () => ({
  ...system('remiss1'),
  ...common('Svar på remiss om betaltjänster', 'svar-pa-remiss-om-betaltjanster'),
  consultationTitle: 'Grundläggande betaltjänster',
  issuer: term('Finansdepartementet', 'finansdepartementet'),
  referenceNumber: 'Fi2026/00123',
  consultationDeadline: '2026-03-31',
  submittedAt: '2026-03-28',
  respondent: term('Hela Sverige ska leva', 'hela-sverige-ska-leva'),
  document: null,
  outcome: null,
  methods: [],
  caseStudies: [],
});

export const trendNoteEntry = () => ({
  ...system('trend1'),
  ...common('Paketskåpen breder ut sig', 'paketskapen-breder-ut-sig'),
  sourceLinks: [{ id: 1, label: 'PTS rapport', url: 'https://pts.se' }],
  region: [],
});

export const eventEntry = () => ({
  ...system('event1'),
  ...common('Nätverksträff i Sörsjön', 'natverkstraff-i-sorsjon'),
  kind: 'nätverksträff',
  startsAt: '2026-12-31T23:30:00.000Z',
  endsAt: '2027-01-01T02:00:00.000Z',
  location: 'Bygdegården i Sörsjön, Älvdalen',
  municipality: '2039',
  onlineUrl: null,
  registrationUrl: null,
  organiser: term('Länsavdelningen Dalarna', 'lansavdelningen-dalarna'),
});

export const servicePlanEntry = () => ({
  ...system('plan1'),
  ...common('Landsbygdsserviceplan för Älvdalen', 'landsbygdsserviceplan-for-alvdalen'),
  municipality: '2039',
  adoptedAt: '2019-05-20',
  revisedAt: '2024-02-12',
  plannedRevisionAt: null,
  madeWithLocalGroups: true,
  localGroupsHow: 'Dialogmöten i Sörsjön och Idre.',
  documentUrl: 'https://example.se/plan.pdf',
  document: null,
  source: 'Kommunens webbplats',
  sourceCheckedAt: '2026-02-01',
});

export const serviceCoordinatorEntry = () => ({
  ...system('coord1'),
  ...common('Landsbygdsutvecklare i Älvdalen och Malung-Sälen', 'landsbygdsutvecklare-alvdalen'),
  municipalities: ['2039', '2023'],
  roleTitle: 'Landsbygdsutvecklare',
  unit: 'Näringslivsenheten',
  mandate: 'Samordnar **serviceplanen**.',
  fullTimePercent: 50,
  since: '2023-01-01',
  contactEmail: 'landsbygd@example.se',
  contactPhone: '0251-800 00',
  contactUrl: null,
});
