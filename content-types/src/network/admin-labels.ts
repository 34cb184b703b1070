// Swedish labels and help texts of the network's own types and components, and of a network
// meeting's follow-up on events. Merged into `FIELD_LABELS` by `../admin-labels.ts`.
import type { z } from 'zod';
import type { FieldLabel } from '../admin-labels.ts';
import type { commonFields } from '../fields.ts';
import type { advocacyActionFields } from './advocacy-action.ts';
import type { decisionFields, externalGuestFields, goalFollowUpFields, indicatorFields } from './components.ts';
import type { goalFields } from './goal.ts';
import type { networkFields } from './network.ts';
import type { projectFields } from './project.ts';

type LabelsOf<Fields extends z.ZodObject> = { readonly [Field in keyof Fields['shape']]: FieldLabel };
type CommonLabels = { readonly [Field in keyof typeof commonFields]: FieldLabel };

const municipalities = {
  label: 'Kommuner (SCB-koder)',
  description: 'SCB:s kommunkoder, som lista: ["2039", "2021"]. Tom lista när posten inte gäller enskilda kommuner.',
} as const;
const counties = {
  label: 'Län (SCB-koder)',
  description: 'SCB:s länskoder, som lista: ["20"]. Län som följer av kommunerna behöver inte anges.',
} as const;
const methods = { label: 'Metoder', description: 'Metoder som hör hit.' } as const;
const caseStudies = { label: 'Exempel', description: 'Exempel som hör hit.' } as const;

/** Labels of the fields a nätverksträff adds to an event. */
export const meetingLabels = {
  followUps: {
    label: 'Uppföljning av mål',
    description: 'Bara för nätverksträffar: för varje målbild status, en kort kommentar och mätvärdet där det finns.',
  },
  minutes: { label: 'Protokoll', description: 'Bara för nätverksträffar: minnesanteckningar i Markdown.' },
  decisions: { label: 'Beslut', description: 'Bara för nätverksträffar: besluten som fattades.' },
  externalGuests: {
    label: 'Externa gäster',
    description: 'Organisation och roll för gäster utifrån. Aldrig namn eller kontaktuppgifter.',
  },
} as const;

export function networkLabels(common: CommonLabels) {
  const goal = {
    ...common,
    goalSet: {
      label: 'Målområde',
      description: 'Nätverkets mål eller mål för service i Sverige.',
    },
    position: { label: 'Nummer', description: 'Målets nummer inom sitt område (1, 2, …); styr ordningen.' },
    indicator: { label: 'Indikator', description: 'Vad som mäts, med enhet, målvärde och måldatum, om målet mäts.' },
  } as const satisfies LabelsOf<typeof goalFields>;

  const project = {
    ...common,
    owner: { label: 'Projektägare', description: 'Organisationen som äger projektet.' },
    partners: { label: 'Partner', description: 'Organisationer som deltar i projektet.' },
    funders: { label: 'Finansiärer', description: 'Organisationer som finansierar projektet.' },
    fundingAmount: { label: 'Belopp (kr)', description: 'Den totala finansieringen i kronor, när den är känd.' },
    startDate: { label: 'Startdatum', description: 'Projektets första dag.' },
    endDate: { label: 'Slutdatum', description: 'Projektets sista dag. Krävs när projektet är avslutat.' },
    projectStatus: { label: 'Projektstatus', description: 'Planerat, pågår eller avslutat.' },
    municipalities,
    counties,
    nationalImportance: {
      label: 'Av nationell betydelse',
      description: 'Projektet gäller service i hela Sverige.',
    },
    runByNetwork: { label: 'Drivs av nätverket', description: 'Nätverket driver projektet självt.' },
    methods: { label: 'Metoder', description: 'Metoder som projektet tog fram.' },
    caseStudies: { label: 'Exempel', description: 'Exempel som projektet tog fram.' },
    externalUrl: { label: 'Projektets webbplats', description: 'Länk till projektets egen sida (https://…).' },
  } as const satisfies LabelsOf<typeof projectFields>;

  const network = {
    ...common,
    title: { label: 'Namn', description: 'Nätverkets namn (1–200 tecken).' },
    kind: {
      label: 'Typ av nätverk',
      description:
        'Leadergrupp, regionalt servicenätverk, nationellt nätverk, forskningsnätverk eller kommunalt nätverk.',
    },
    municipalities,
    counties: {
      label: 'Län (SCB-koder)',
      description: 'SCB:s länskoder för de län nätverket täcker. Utan kommuner och län gäller det hela Sverige.',
    },
    members: { label: 'Medlemmar', description: 'Organisationer som är med i nätverket.' },
    contactOrganisation: { label: 'Kontaktorganisation', description: 'Organisationen som svarar för nätverket.' },
    contactEmail: {
      label: 'E-post',
      description: 'En funktionsadress (info@…, kansli@…), aldrig en persons adress. Visas publikt.',
    },
    website: { label: 'Webbplats', description: 'Nätverkets webbplats (https://…).' },
  } as const satisfies LabelsOf<typeof networkFields>;

  const advocacyAction = {
    ...common,
    kind: {
      label: 'Typ av insats',
      description: 'Möte med beslutsfattare, debattartikel, skrivelse, uppvaktning, seminarium eller remissvar.',
    },
    date: { label: 'Datum', description: 'Dagen då det skedde, skickades eller publicerades.' },
    addressee: {
      label: 'Mottagare',
      description: 'Vem insatsen riktades till ("Landsbygds- och infrastrukturdepartementet").',
    },
    ask: { label: 'Vad vi begärde', description: 'Vad nätverket bad om, i Markdown.' },
    outcome: { label: 'Utfall', description: 'Vad det ledde till, i Markdown.' },
    followUp: { label: 'Uppföljning', description: 'Vad nätverket gör härnäst, i Markdown.' },
    municipalities,
    counties: {
      label: 'Län (SCB-koder)',
      description: 'SCB:s länskoder för de län insatsen gäller. Tom lista när den gäller hela Sverige.',
    },
    consultationResponses: { label: 'Remissvar', description: 'Remissvar som insatsen bygger på.' },
    methods,
    caseStudies,
  } as const satisfies LabelsOf<typeof advocacyActionFields>;

  const indicator = {
    measure: { label: 'Vad som mäts', description: 'Till exempel "Kommuner med utsedd servicesamordnare".' },
    unit: { label: 'Enhet', description: 'Mätvärdets enhet ("kommuner", "procent").' },
    targetValue: { label: 'Målvärde', description: 'Värdet som målet siktar på.' },
    targetDate: { label: 'Måldatum', description: 'När målvärdet ska vara nått.' },
    measuredFrom: {
      label: 'Mäts från servicestatus',
      description:
        'Välj en andel ur servicestatus när den är målets mätvärde: då räknas värdet från publicerade serviceplaner och servicesamordnare och behöver inte skrivas in vid träffarna. Lämna tomt när träffarna anger mätvärdet.',
    },
  } as const satisfies LabelsOf<typeof indicatorFields>;

  const followUp = {
    goal: { label: 'Målbild', description: 'Målet som följs upp.' },
    goalStatus: { label: 'Status', description: 'Ej påbörjad, på väg, står still eller uppnådd.' },
    comment: { label: 'Kommentar', description: 'En kort kommentar till statusen, högst 500 tecken.' },
    measuredValue: { label: 'Mätvärde', description: 'Indikatorns värde vid träffen, när målet har en indikator.' },
  } as const satisfies LabelsOf<typeof goalFollowUpFields>;

  const decision = {
    decision: { label: 'Beslut', description: 'Vad som beslutades, i en eller två meningar.' },
  } as const satisfies LabelsOf<typeof decisionFields>;

  const guest = {
    organisation: { label: 'Organisation', description: 'Organisationen gästen kom från.' },
    role: { label: 'Roll', description: 'Gästens roll, inte namnet ("handläggare för kommersiell service").' },
  } as const satisfies LabelsOf<typeof externalGuestFields>;

  return {
    goal,
    project,
    network,
    'advocacy-action': advocacyAction,
    'network.indicator': indicator,
    'network.goal-follow-up': followUp,
    'network.decision': decision,
    'network.external-guest': guest,
  };
}
