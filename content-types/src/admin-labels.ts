// What editors see in the admin panel: a Swedish label and a help text for every field of every type
// and component, in the words of the field's documentation. The CMS writes them into Strapi's view
// configuration at start-up; a test checks that no field of the zod `fields` is without one.
import type { z } from 'zod';
import type { coordinatesFields, linkFields, stepFields } from './components.ts';
import type { commonFields } from './fields.ts';
import { meetingLabels, networkLabels } from './network/admin-labels.ts';
import { serviceCoordinatorLabels, servicePlanLabels } from './service-status/admin-labels.ts';
import type { caseStudyFields } from './types/case-study.ts';
import type { consultationResponseFields } from './types/consultation-response.ts';
import type { eventFields } from './types/event.ts';
import type { fundingCallFields } from './types/funding-call.ts';
import type { methodFields } from './types/method.ts';
import type { questionFields } from './types/question.ts';
import type { organisationFields, serviceAreaFields, topicFields } from './types/taxonomies.ts';
import type { trendNoteFields } from './types/trend-note.ts';

export interface FieldLabel {
  /** The field's name in the edit view and as a list column ("Sista ansökningsdag"). */
  label: string;
  /** Help text under the field in the edit view. */
  description: string;
}

/** A label for every field of a zod object: a field without one does not compile. */
type LabelsOf<Fields extends z.ZodObject> = { readonly [Field in keyof Fields['shape']]: FieldLabel };

const common = {
  title: { label: 'Rubrik', description: 'Visas som sidans rubrik och i listor (1–200 tecken).' },
  slug: {
    label: 'Adress (slug)',
    description: 'Adressdelen i sidans webbadress, skapas från rubriken (å/ä → a, ö → o). Unik per typ och språk.',
  },
  summary: {
    label: 'Sammanfattning',
    description: 'Ren text för listor, sökträffar och flöden, högst 300 tecken.',
  },
  body: { label: 'Brödtext', description: 'Huvudtexten, skriven i Markdown.' },
  serviceAreas: { label: 'Serviceområden', description: 'De serviceområden som posten handlar om.' },
  topics: { label: 'Ämnen', description: 'Fria ämnesord.' },
  internalNote: {
    label: 'Intern anteckning',
    description: 'Redaktionens egen anteckning. Privat: publiceras aldrig.',
  },
} as const satisfies { [Field in keyof typeof commonFields]: FieldLabel };

const lastVerifiedAt = {
  label: 'Senast kontrollerad',
  description: 'När en redaktör senast kontrollerade att innehållet fortfarande stämmer.',
} as const;

const municipality = (description: string): FieldLabel => ({ label: 'Kommun (SCB-kod)', description });

const method = {
  ...common,
  steps: { label: 'Steg', description: 'Stegen i ordning: vem som gör vad.' },
  actorLevels: {
    label: 'Aktörsnivåer',
    description: 'Vilka nivåer som deltar: lokal, kommunal, regional, nationell. Välj en eller flera.',
  },
  effort: { label: 'Arbetsinsats', description: 'Hur mycket arbete metoden kräver: låg, medel eller hög.' },
  cost: { label: 'Kostnad', description: 'Hur mycket pengar metoden kräver: låg, medel eller hög.' },
  evidence: { label: 'Hur beprövad', description: 'Hur väl metoden är prövad: beprövad, lovande eller ny idé.' },
  timeNeeded: { label: 'Tidsåtgång', description: 'Hur lång tid det tar, i ord ("3–6 månader").' },
  prerequisites: {
    label: 'Förutsättningar',
    description: 'Vad som måste finnas på plats innan man börjar, i Markdown.',
  },
  caseStudies: { label: 'Exempel', description: 'Exempel där metoden har använts.' },
  sources: { label: 'Källor', description: 'Källor och vidare läsning.' },
  lastVerifiedAt,
} as const satisfies LabelsOf<typeof methodFields>;

const caseStudy = {
  ...common,
  municipalities: {
    label: 'Kommuner',
    description:
      'Kommunerna där det hände, minst en. Skriv en del av namnet eller länet och välj. Länet följer av kommunen.',
  },
  coordinates: { label: 'Koordinater', description: 'Var på kartan, när det är känt (WGS 84).' },
  startedYear: { label: 'Startår', description: 'Året då arbetet började.' },
  projectStatus: { label: 'Projektstatus', description: 'Om arbetet pågår eller är avslutat.' },
  outcomes: {
    label: 'Resultat',
    description: 'Vad arbetet ledde till, med siffror där det finns, i Markdown.',
  },
  lessons: { label: 'Lärdomar', description: 'Lärdomar, också det som inte fungerade, i Markdown.' },
  funding: { label: 'Finansiering', description: 'Hur arbetet betalades, i Markdown.' },
  organisations: { label: 'Organisationer', description: 'Organisationer som deltog.' },
  methods: { label: 'Metoder', description: 'Metoder som användes.' },
  lastVerifiedAt,
} as const satisfies LabelsOf<typeof caseStudyFields>;

const fundingCall = {
  ...common,
  funder: { label: 'Finansiär', description: 'Organisationen som finansierar utlysningen.' },
  opensAt: {
    label: 'Öppnar',
    description: 'När det går att börja ansöka (datum och tid, svensk tid när det anges här).',
  },
  deadline: {
    label: 'Sista ansökningsdag',
    description: 'Sista tidpunkt att ansöka (datum och tid; hela minuten räknas).',
  },
  amountMin: { label: 'Lägsta belopp (kr)', description: 'Minsta belopp som kan beviljas, i kronor.' },
  amountMax: { label: 'Högsta belopp (kr)', description: 'Största belopp som kan beviljas, i kronor.' },
  eligibleApplicants: {
    label: 'Vem kan söka',
    description:
      'Vilka som får söka: ideell förening, ekonomisk förening, kommun, region, företag, privatperson. Välj en eller flera.',
  },
  geography: {
    label: 'Geografi',
    description: 'nationell när utlysningen gäller hela Sverige, län när den gäller de län som anges under Län.',
  },
  counties: {
    label: 'Län',
    description: 'Länen som utlysningen gäller när geografin är län. Inget län när den är nationell.',
  },
  externalUrl: {
    label: 'Finansiärens sida',
    description: 'Länk till finansiärens sida om utlysningen (https://…).',
  },
} as const satisfies LabelsOf<typeof fundingCallFields>;

const consultationResponse = {
  ...common,
  body: { label: 'Svarstext', description: 'Nätverkets svar på remissen, i Markdown.' },
  consultationTitle: { label: 'Remissens titel', description: 'Remissens titel så som avsändaren skrev den.' },
  issuer: { label: 'Remissavsändare', description: 'Myndigheten eller departementet som skickade remissen.' },
  referenceNumber: { label: 'Diarienummer', description: 'Avsändarens diarienummer, till exempel LI2026/01234.' },
  consultationDeadline: { label: 'Svarsdatum', description: 'Sista dagen att svara på remissen.' },
  submittedAt: { label: 'Inskickat', description: 'Dagen då vårt svar skickades.' },
  respondent: { label: 'Svarande organisation', description: 'Organisationen som svarade.' },
  document: { label: 'Remissvar (PDF)', description: 'Svaret som PDF, så som det skickades.' },
  outcome: { label: 'Utfall', description: 'Vad som beslutades senare, i Markdown.' },
  methods: { label: 'Metoder', description: 'Metoder som svaret hänvisar till.' },
  caseStudies: { label: 'Exempel', description: 'Exempel som svaret tar upp.' },
} as const satisfies LabelsOf<typeof consultationResponseFields>;

const trendNote = {
  ...common,
  sourceLinks: { label: 'Källor', description: 'Rapporter, beslut eller artiklar som texten bygger på.' },
  region: {
    label: 'Län',
    description: 'Länen som texten gäller. Inget län för hela Sverige.',
  },
} as const satisfies LabelsOf<typeof trendNoteFields>;

const event = {
  ...common,
  kind: { label: 'Typ av evenemang', description: 'Nätverksträff, konferens, webbinarium eller kurs.' },
  startsAt: { label: 'Börjar', description: 'När evenemanget börjar.' },
  endsAt: { label: 'Slutar', description: 'När evenemanget slutar.' },
  location: {
    label: 'Plats',
    description: 'Var det hålls, så som man säger det ("Bygdegården i Sörsjön, Älvdalen").',
  },
  municipality: municipality('Kommunkoden där evenemanget hålls, när det hålls på en plats (2039 är Älvdalen).'),
  onlineUrl: {
    label: 'Länk till mötet',
    description: 'Adressen till det digitala mötet, när det är (också) digitalt.',
  },
  registrationUrl: { label: 'Anmälan', description: 'Var man anmäler sig (https://…).' },
  organiser: { label: 'Arrangör', description: 'Organisationen som arrangerar.' },
  ...meetingLabels,
} as const satisfies LabelsOf<typeof eventFields>;

const question = {
  name: { label: 'Namn', description: 'Namnet på den som frågar. Privat.' },
  email: { label: 'E-post', description: 'Adressen som svaret ska skickas till. Privat.' },
  municipality: municipality('Kommunkoden för frågeställarens kommun, när den angavs. Privat.'),
  county: { label: 'Län', description: 'Länet som frågeställarens kommun ligger i; fylls i av systemet. Privat.' },
  question: { label: 'Fråga', description: 'Frågan så som den ställdes. Privat: publiceras aldrig.' },
  consent: {
    label: 'Samtycke',
    description: 'Samtycke till att frågan och kontaktuppgifterna sparas för att den ska kunna besvaras.',
  },
  answer: { label: 'Svar', description: 'Redaktionens svar, i Markdown.' },
  questionStatus: {
    label: 'Status',
    description: 'ny, besvarad eller publicerad (publicerad visas anonymiserad bland vanliga frågor).',
  },
  publicQuestion: {
    label: 'Anonymiserad fråga',
    description:
      'Frågan utan namn, e-postadresser, telefonnummer och personnummer. Fylls i när frågan besvaras; granska den före publicering.',
  },
  publicAnswer: {
    label: 'Publicerat svar',
    description:
      'Svaret utan frågeställarens namn och kontaktuppgifter. Fylls i från svaret; granska det före publicering.',
  },
  municipalities: {
    label: 'Kommuner',
    description: 'Kommunerna som den publicerade frågan gäller; den visas på deras sidor (kommunkoder).',
  },
  methods: { label: 'Metoder', description: 'Metoder som svaret hänvisar till.' },
  serviceAreas: { label: 'Serviceområden', description: 'De serviceområden som frågan gäller.' },
} as const satisfies LabelsOf<typeof questionFields>;

const termSlug = { label: 'Adress (slug)', description: 'Adressdelen i webbadressen till termens sidor.' } as const;

const serviceArea = {
  name: { label: 'Namn', description: 'Svenskt namn ("Dagligvaror").' },
  nameEn: { label: 'Namn på engelska', description: 'Engelskt namn ("Groceries").' },
  slug: termSlug,
  description: { label: 'Beskrivning', description: 'En eller två meningar om vad området omfattar.' },
} as const satisfies LabelsOf<typeof serviceAreaFields>;

const topic = {
  name: { label: 'Ämnesord', description: 'Ämnesordet så som redaktörer skriver det ("hemsändning").' },
  slug: termSlug,
} as const satisfies LabelsOf<typeof topicFields>;

const organisation = {
  name: { label: 'Namn', description: 'Namnet så som organisationen skriver det ("Region Jämtland Härjedalen").' },
  slug: termSlug,
  kind: {
    label: 'Typ av organisation',
    description:
      'Kommun, region, länsstyrelse, myndighet, departement, förening, företag, riksorganisation eller länsavdelning.',
  },
  website: { label: 'Webbplats', description: 'Organisationens webbplats (https://…).' },
  municipality: municipality('Kommunkoden där organisationen finns, när den är lokal (2039 är Älvdalen).'),
} as const satisfies LabelsOf<typeof organisationFields>;

const step = {
  title: { label: 'Rubrik', description: 'Vad steget är, med några ord ("Bjud in till bystämma").' },
  body: { label: 'Text', description: 'Vem som gör vad i steget, i Markdown.' },
} as const satisfies LabelsOf<typeof stepFields>;

const link = {
  label: { label: 'Länktext', description: 'Texten som visas för länken ("Tillväxtverkets rapport 2025").' },
  url: { label: 'Adress', description: 'Källans webbadress (https://…).' },
} as const satisfies LabelsOf<typeof linkFields>;

const coordinates = {
  lat: { label: 'Latitud', description: 'Latitud i WGS 84, mellan 55 och 69,1 inom Sverige.' },
  lon: { label: 'Longitud', description: 'Longitud i WGS 84, mellan 10,9 och 24,2 inom Sverige.' },
} as const satisfies LabelsOf<typeof coordinatesFields>;

/** Swedish label and help text per field, by type name (`funding-call`) or component uid (`content.step`). */
export const FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, FieldLabel>>>> = {
  method,
  'case-study': caseStudy,
  'funding-call': fundingCall,
  'consultation-response': consultationResponse,
  'trend-note': trendNote,
  event,
  question,
  'service-area': serviceArea,
  topic,
  organisation,
  'service-plan': { ...common, ...servicePlanLabels },
  'service-coordinator': { ...common, ...serviceCoordinatorLabels },
  'content.step': step,
  'content.link': link,
  'content.coordinates': coordinates,
  ...networkLabels(common),
};

/** Swedish labels of the fields Strapi adds (list columns and the edit view's side panel). */
/**
 * The review fields every public type gets in the CMS (cms/src/review/attributes.ts): only the state
 * is the editor's to set; the others are written by the review gate and shown for information.
 */
export const REVIEW_FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  reviewState: {
    label: 'Granskning',
    description:
      'Utkast → För granskning → Godkänd. Tryck "Skicka till granskning" (under Publicera, i menyn med fler åtgärder) när posten är klar; en granskare (någon annan än den som senast ändrade) trycker "Godkänn" eller "Skicka tillbaka", och först efter godkännandet kan posten publiceras. En ändring efter godkännandet skickar tillbaka posten till granskning.',
  },
  reviewAuthor: { label: 'Senast ändrad av', description: 'Vem som senast ändrade innehållet. Sätts av systemet.' },
  reviewApprovedBy: {
    label: 'Godkänd av',
    description: 'Vem som godkände den nuvarande versionen. Sätts av systemet.',
  },
  reviewFingerprint: {
    label: 'Godkänt innehåll',
    description: 'En kontrollsumma av innehållet som godkändes, så att en senare ändring märks. Sätts av systemet.',
  },
  reviewCounties: {
    label: 'Län (granskning)',
    description: 'De län posten hör till, som avgör vilka länsredaktörer som får ändra den. Sätts av systemet.',
  },
};

export const SYSTEM_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'ID',
  documentId: 'Dokument-ID',
  createdAt: 'Skapad',
  updatedAt: 'Senast ändrad',
  publishedAt: 'Publicerad',
  createdBy: 'Skapad av',
  updatedBy: 'Ändrad av',
};
