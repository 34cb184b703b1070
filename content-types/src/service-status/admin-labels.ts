// Swedish labels and help texts of the service plan and service coordinator fields. The contact
// fields' help texts state the rule that validation enforces (see ./contact.ts).

import type { z } from 'zod';
import type { FieldLabel } from '../admin-labels.ts';
import type { commonFields } from '../fields.ts';
import type { serviceCoordinatorFields } from '../types/service-coordinator.ts';
import type { servicePlanFields } from '../types/service-plan.ts';

/** A label for every field a type adds to the common ones (admin-labels.ts adds those): one missing does not compile. */
type OwnLabels<Fields extends z.ZodObject> = {
  readonly [Field in Exclude<keyof Fields['shape'], keyof typeof commonFields>]: FieldLabel;
} & { readonly [Field in keyof typeof commonFields]?: FieldLabel };

export const servicePlanLabels = {
  title: {
    label: 'Rubrik',
    description: 'Planens namn, till exempel "Landsbygdsserviceplan för Älvdalens kommun 2024–2028".',
  },
  serviceAreas: { label: 'Serviceområden', description: 'De serviceområden som planen tar upp.' },
  municipality: {
    label: 'Kommun (SCB-kod)',
    description: 'Kommunkoden för den kommun som planen gäller (2039 är Älvdalen).',
  },
  adoptedAt: { label: 'Antagen', description: 'Dagen då kommunfullmäktige (eller styrelsen) antog planen.' },
  revisedAt: {
    label: 'Senast reviderad',
    description:
      'Dagen för den senaste revideringen. En plan vars senaste beslut är fyra år eller äldre räknas som försenad.',
  },
  plannedRevisionAt: {
    label: 'Planerad revidering',
    description: 'När nästa revidering är planerad, om kommunen har sagt det.',
  },
  madeWithLocalGroups: {
    label: 'Gjord med lokala grupper',
    description: 'Ja om byalag, lokala utvecklingsgrupper eller landsbygdsråd var med och tog fram planen.',
  },
  localGroupsHow: {
    label: 'Hur lokala grupper deltog',
    description:
      'Kort om hur: dialogmöten, referensgrupp, remiss. Krävs när planen gjordes med lokala grupper (högst 500 tecken).',
  },
  documentUrl: { label: 'Länk till planen', description: 'Planen på kommunens egen webbplats (https://…).' },
  document: { label: 'Planen (PDF)', description: 'Planen som PDF, om kommunens länk kan försvinna.' },
  source: {
    label: 'Källa',
    description: 'Var uppgifterna kommer ifrån ("Kommunens webbplats", "Samtal med näringslivsenheten").',
  },
  sourceCheckedAt: {
    label: 'Kontrollerad',
    description: 'Dagen då en redaktör senast stämde av uppgifterna mot källan.',
  },
} as const satisfies OwnLabels<typeof servicePlanFields>;

export const serviceCoordinatorLabels = {
  title: {
    label: 'Rubrik',
    description:
      'Tjänsten och kommunen, till exempel "Landsbygdsutvecklare i Älvdalens kommun". Aldrig en persons namn.',
  },
  municipalities: {
    label: 'Kommuner (SCB-koder)',
    description:
      'Kommunkoderna för de kommuner som tjänsten arbetar för, minst en, som lista: ["2039"]. Flera för en delad tjänst.',
  },
  roleTitle: { label: 'Tjänstens titel', description: 'Titeln på tjänsten, till exempel "Landsbygdsutvecklare".' },
  unit: {
    label: 'Organisatorisk enhet',
    description: 'Enheten som tjänsten hör till, till exempel "Näringslivsenheten".',
  },
  mandate: {
    label: 'Uppdrag och mandat',
    description:
      'Vilket uppdrag och vilka befogenheter tjänsten har för lokal service och landsbygdsutveckling, i Markdown.',
  },
  fullTimePercent: {
    label: 'Andel av heltid (%)',
    description: 'Hur stor del av en heltidstjänst som går till uppdraget, 1–100.',
  },
  since: { label: 'Sedan', description: 'Sedan när kommunen har tjänsten.' },
  contactEmail: {
    label: 'E-post (funktionsadress)',
    description:
      'En funktionsadress som når den som har tjänsten, till exempel landsbygd@kommun.se. Personliga adresser nekas: förnamn.efternamn@…, och privata e-posttjänster som gmail.com eller hotmail.com.',
  },
  contactPhone: {
    label: 'Telefon (växel eller funktion)',
    description: 'Kommunens växel eller funktionens nummer. Mobilnummer (07…, +467…) nekas eftersom de är personliga.',
  },
  contactUrl: { label: 'Webbsida', description: 'Sidan om tjänsten eller enheten på kommunens webbplats (https://…).' },
} as const satisfies OwnLabels<typeof serviceCoordinatorFields>;
