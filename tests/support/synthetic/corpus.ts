// A synthetic corpus for the benchmark and the bulk tests: entries of every public type, shaped
// exactly as Strapi's public REST API serves them (system fields, populated relations), valid
// against the content model's schemas. Seeded: the same `seed` gives the same corpus.
import {
  counties,
  municipalities,
  PUBLIC_TYPES,
  type PublicTypeName,
  SERVICE_AREAS,
  slugify,
} from '@skb/content-types';
import { seededRandom } from '../seeded-random.ts';
import { lesson, markdownText, ORGANISATIONS, outcome, pick, pickSome, type Random, sentence, TOPICS } from './text.ts';

/** One language version of an entry as `GET /api/<pluralName>` returns it. */
export type RestEntry = Record<string, unknown> & { documentId: string; locale: string };

export interface SyntheticEntry {
  type: PublicTypeName;
  entry: RestEntry;
}

const DAY = 86_400_000;
/** Share of each type in the corpus, in the order of PUBLIC_TYPES. */
const TYPE_WEIGHTS: Record<PublicTypeName, number> = {
  method: 0.18,
  'case-study': 0.27,
  'funding-call': 0.09,
  'consultation-response': 0.09,
  'trend-note': 0.18,
  event: 0.09,
  goal: 0.01,
  project: 0.04,
  network: 0.03,
  'advocacy-action': 0.02,
  // One per municipality at most in real life: the synthetic bulk has none.
  'service-plan': 0,
  'service-coordinator': 0,
};

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const documentIdOf = (random: Random) => Array.from({ length: 24 }, () => pick(random, [...ALPHABET])).join('');
const term = (random: Random, name: string, slug = slugify(name)) => ({
  id: 1 + Math.floor(random() * 1000),
  documentId: documentIdOf(random),
  name,
  slug,
});
const iso = (ms: number) => new Date(ms).toISOString();
const calendarDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function typeFor(random: Random): PublicTypeName {
  let r = random();
  for (const type of PUBLIC_TYPES) {
    r -= TYPE_WEIGHTS[type.name];
    if (r < 0) return type.name;
  }
  return 'method';
}

function ownFields(type: PublicTypeName, random: Random, now: number): Record<string, unknown> {
  switch (type) {
    case 'method':
      return {
        steps: Array.from({ length: 2 + Math.floor(random() * 4) }, (_, i) => ({
          id: i + 1,
          title: sentence(random).slice(0, 60),
          body: `${sentence(random)} ${sentence(random)}`,
        })),
        actorLevels: pickSome(random, ['lokal', 'kommunal', 'regional', 'nationell'], 1, 3),
        effort: pick(random, ['låg', 'medel', 'hög']),
        cost: pick(random, ['låg', 'medel', 'hög']),
        evidence: pick(random, ['beprövad', 'lovande', 'ny idé']),
        timeNeeded: '3–6 månader',
        prerequisites: sentence(random),
        caseStudies: [],
        sources: [{ id: 1, label: 'Tillväxtverket', url: 'https://tillvaxtverket.se' }],
        lastVerifiedAt: null,
      };
    case 'case-study':
      return {
        municipalities: pickSome(
          random,
          municipalities.map((m) => m.code),
          1,
          2,
        ),
        coordinates: null,
        startedYear: 2005 + Math.floor(random() * 20),
        projectStatus: pick(random, ['pågående', 'avslutat']),
        outcomes: Array.from({ length: 3 }, () => `- ${outcome(random)}`).join('\n'),
        lessons: `${lesson(random)} ${lesson(random)}`,
        funding: sentence(random),
        organisations: [term(random, pick(random, ORGANISATIONS))],
        methods: [],
        lastVerifiedAt: null,
      };
    case 'funding-call': {
      const opensAt = now + Math.floor((random() - 0.6) * 200) * DAY;
      const regional = random() < 0.5;
      return {
        funder: term(random, pick(random, ORGANISATIONS)),
        opensAt: iso(opensAt),
        deadline: iso(opensAt + (20 + Math.floor(random() * 90)) * DAY),
        amountMin: 10_000,
        amountMax: 500_000,
        eligibleApplicants: pickSome(random, ['ideell förening', 'ekonomisk förening', 'kommun', 'företag'], 1, 3),
        geography: regional ? 'län' : 'nationell',
        counties: regional
          ? pickSome(
              random,
              counties.map((c) => c.code),
              1,
              3,
            )
          : [],
        externalUrl: 'https://example.se/utlysning',
      };
    }
    case 'consultation-response': {
      const deadline = now - Math.floor(random() * 700) * DAY;
      return {
        consultationTitle: `Remiss om ${pick(random, ['grundläggande betaltjänster', 'postservice', 'kommersiell service', 'bredbandsstöd'])}`,
        issuer: term(random, 'Landsbygds- och infrastrukturdepartementet'),
        referenceNumber: `LI${2020 + Math.floor(random() * 6)}/0${1000 + Math.floor(random() * 8999)}`,
        consultationDeadline: calendarDate(deadline),
        submittedAt: calendarDate(deadline - 2 * DAY),
        respondent: term(random, 'Hela Sverige ska leva'),
        document: null,
        outcome: random() < 0.5 ? sentence(random) : null,
        methods: [],
        caseStudies: [],
      };
    }
    case 'trend-note':
      return {
        sourceLinks: [{ id: 1, label: 'Rapport', url: 'https://example.se/rapport' }],
        region: pickSome(
          random,
          counties.map((c) => c.code),
          0,
          2,
        ),
      };
    case 'event': {
      const startsAt = now + Math.floor((random() - 0.3) * 300) * DAY;
      return {
        kind: pick(random, ['nätverksträff', 'konferens', 'webbinarium', 'kurs']),
        startsAt: iso(startsAt),
        endsAt: iso(startsAt + 3 * 3_600_000),
        location: 'Bygdegården',
        municipality: pick(random, municipalities).code,
        onlineUrl: null,
        registrationUrl: null,
        organiser: term(random, pick(random, ORGANISATIONS)),
        followUps: [],
        minutes: null,
        decisions: [],
        externalGuests: [],
      };
    }
    case 'service-plan':
      return {
        municipality: pick(random, municipalities).code,
        adoptedAt: calendarDate(now - Math.floor(random() * 3000) * DAY),
        revisedAt: null,
        plannedRevisionAt: null,
        madeWithLocalGroups: random() < 0.5,
        localGroupsHow: 'Dialogmöten i byarna.',
        documentUrl: 'https://example.se/serviceplan',
        document: null,
        source: 'Kommunens webbplats',
        sourceCheckedAt: calendarDate(now),
      };
    case 'service-coordinator':
      return {
        municipalities: [pick(random, municipalities).code],
        roleTitle: 'Landsbygdsutvecklare',
        unit: 'Näringslivsenheten',
        mandate: sentence(random),
        fullTimePercent: 50,
        since: null,
        contactEmail: 'landsbygd@example.se',
        contactPhone: null,
        contactUrl: null,
      };
    case 'goal':
      return {
        goalSet: pick(random, ['nätverkets mål', 'mål för service i Sverige']),
        position: 1 + Math.floor(random() * 7),
        indicator: null,
      };
    case 'project': {
      const start = now - Math.floor(random() * 1500) * DAY;
      const done = random() < 0.4;
      return {
        owner: term(random, pick(random, ORGANISATIONS)),
        partners: [term(random, pick(random, ORGANISATIONS))],
        funders: [term(random, pick(random, ORGANISATIONS))],
        fundingAmount: 100_000 + Math.floor(random() * 40) * 50_000,
        startDate: calendarDate(start),
        endDate: done ? calendarDate(start + 700 * DAY) : null,
        projectStatus: done ? 'avslutat' : 'pågår',
        municipalities: [pick(random, municipalities).code],
        counties: [],
        nationalImportance: random() < 0.3,
        runByNetwork: random() < 0.2,
        methods: [],
        caseStudies: [],
        externalUrl: null,
      };
    }
    case 'network':
      return {
        kind: pick(random, ['leadergrupp', 'regionalt servicenätverk', 'nationellt nätverk', 'forskningsnätverk']),
        municipalities: [],
        counties: pickSome(
          random,
          counties.map((c) => c.code),
          0,
          2,
        ),
        members: [term(random, pick(random, ORGANISATIONS))],
        contactOrganisation: term(random, pick(random, ORGANISATIONS)),
        contactEmail: 'info@example.se',
        website: null,
      };
    case 'advocacy-action':
      return {
        kind: pick(random, ['möte med beslutsfattare', 'debattartikel', 'skrivelse', 'uppvaktning', 'seminarium']),
        date: calendarDate(now - Math.floor(random() * 700) * DAY),
        addressee: pick(random, ['Landsbygds- och infrastrukturdepartementet', 'Näringsutskottet', 'Region Dalarna']),
        ask: sentence(random),
        outcome: random() < 0.5 ? sentence(random) : null,
        followUp: null,
        municipalities: [],
        counties: [],
        consultationResponses: [],
        methods: [],
        caseStudies: [],
      };
  }
}

/**
 * `count` language versions of entries: about one in ten is the English version of the Swedish
 * entry before it. Ids, slugs and dates are unique and valid.
 */
export function syntheticCorpus(options: { count: number; seed?: number; now?: Date }): SyntheticEntry[] {
  const random = seededRandom(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const out: SyntheticEntry[] = [];
  let id = 0;
  while (out.length < options.count) {
    const type = typeFor(random);
    const documentId = documentIdOf(random);
    const subject = pick(random, TOPICS);
    const place = pick(random, municipalities);
    const title = `${sentence(random).slice(0, -1)} i ${place.shortName}`.slice(0, 190);
    const published = now - Math.floor(random() * 1500) * DAY;
    const common = {
      documentId,
      title,
      slug: slugify(`${title.slice(0, 60)} ${out.length}`),
      summary: `${sentence(random)} Om ${subject}.`.slice(0, 300),
      body: markdownText(random, 3 + Math.floor(random() * 4)),
      serviceAreas: pickSome(random, SERVICE_AREAS, 1, 3).map((area) => term(random, area.name, area.slug)),
      topics: [term(random, subject)],
      createdAt: iso(published),
      updatedAt: iso(published),
      publishedAt: iso(published),
      localizations: [],
      ...ownFields(type, random, now),
    };
    out.push({ type, entry: { id: ++id, locale: 'sv', ...common } });
    if (out.length < options.count && random() < 0.1) {
      const title = `English version: ${common.title}`.slice(0, 190);
      out.push({
        type,
        entry: { id: ++id, locale: 'en', ...common, title, slug: `en-${common.slug}` },
      });
    }
  }
  return out;
}
