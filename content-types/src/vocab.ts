// Controlled vocabularies of the content model. The stored value is the Swedish word editors use;
// `label` gives the interface text in each language.

export interface VocabularyTerm<V extends string = string> {
  /** The stored value (Swedish, as editors say it). */
  value: V;
  /** Interface text per language. */
  label: { sv: string; en: string };
}

export function vocabulary<const V extends string>(terms: readonly VocabularyTerm<V>[]) {
  const values = terms.map((term) => term.value) as unknown as readonly [V, ...V[]];
  const byValue = new Map<string, VocabularyTerm<V>>(terms.map((term) => [term.value, term]));
  return {
    terms,
    values,
    label(value: string, locale: 'sv' | 'en' = 'sv'): string {
      return byValue.get(value)?.label[locale] ?? value;
    },
  };
}

export const ACTOR_LEVELS = vocabulary([
  { value: 'lokal', label: { sv: 'Lokal', en: 'Local' } },
  { value: 'kommunal', label: { sv: 'Kommunal', en: 'Municipal' } },
  { value: 'regional', label: { sv: 'Regional', en: 'Regional' } },
  { value: 'nationell', label: { sv: 'Nationell', en: 'National' } },
]);

export const LEVELS = vocabulary([
  { value: 'låg', label: { sv: 'Låg', en: 'Low' } },
  { value: 'medel', label: { sv: 'Medel', en: 'Medium' } },
  { value: 'hög', label: { sv: 'Hög', en: 'High' } },
]);

export const EVIDENCE_LEVELS = vocabulary([
  { value: 'beprövad', label: { sv: 'Beprövad', en: 'Proven' } },
  { value: 'lovande', label: { sv: 'Lovande', en: 'Promising' } },
  { value: 'ny idé', label: { sv: 'Ny idé', en: 'New idea' } },
]);

export const CASE_STATUSES = vocabulary([
  { value: 'pågående', label: { sv: 'Pågående', en: 'Ongoing' } },
  { value: 'avslutat', label: { sv: 'Avslutat', en: 'Completed' } },
]);

export const APPLICANT_KINDS = vocabulary([
  { value: 'ideell förening', label: { sv: 'Ideell förening', en: 'Non-profit association' } },
  { value: 'ekonomisk förening', label: { sv: 'Ekonomisk förening', en: 'Cooperative' } },
  { value: 'kommun', label: { sv: 'Kommun', en: 'Municipality' } },
  { value: 'region', label: { sv: 'Region', en: 'Region' } },
  { value: 'företag', label: { sv: 'Företag', en: 'Company' } },
  { value: 'privatperson', label: { sv: 'Privatperson', en: 'Private individual' } },
]);

export const GEOGRAPHIES = vocabulary([
  { value: 'nationell', label: { sv: 'Hela Sverige', en: 'All of Sweden' } },
  { value: 'län', label: { sv: 'Vissa län', en: 'Selected counties' } },
]);

export const EVENT_KINDS = vocabulary([
  { value: 'nätverksträff', label: { sv: 'Nätverksträff', en: 'Network meeting' } },
  { value: 'konferens', label: { sv: 'Konferens', en: 'Conference' } },
  { value: 'webbinarium', label: { sv: 'Webbinarium', en: 'Webinar' } },
  { value: 'kurs', label: { sv: 'Kurs', en: 'Course' } },
]);

export const ORGANISATION_KINDS = vocabulary([
  { value: 'kommun', label: { sv: 'Kommun', en: 'Municipality' } },
  { value: 'region', label: { sv: 'Region', en: 'Region' } },
  { value: 'länsstyrelse', label: { sv: 'Länsstyrelse', en: 'County administrative board' } },
  { value: 'myndighet', label: { sv: 'Myndighet', en: 'Government agency' } },
  { value: 'departement', label: { sv: 'Departement', en: 'Ministry' } },
  { value: 'förening', label: { sv: 'Förening', en: 'Association' } },
  { value: 'företag', label: { sv: 'Företag', en: 'Company' } },
  { value: 'riksorganisation', label: { sv: 'Riksorganisation', en: 'National organisation' } },
  { value: 'länsavdelning', label: { sv: 'Länsavdelning', en: 'County branch' } },
]);

export const QUESTION_STATUSES = vocabulary([
  { value: 'ny', label: { sv: 'Ny', en: 'New' } },
  { value: 'besvarad', label: { sv: 'Besvarad', en: 'Answered' } },
  { value: 'publicerad', label: { sv: 'Publicerad', en: 'Published' } },
]);

export const FUNDING_CALL_STATUSES = vocabulary([
  { value: 'kommande', label: { sv: 'Kommande', en: 'Upcoming' } },
  { value: 'öppen', label: { sv: 'Öppen', en: 'Open' } },
  { value: 'stängd', label: { sv: 'Stängd', en: 'Closed' } },
]);

/** The service areas seeded into the `service-area` taxonomy (ARCHITECTURE.md). */
export const SERVICE_AREAS = [
  { slug: 'dagligvaror', name: 'Dagligvaror', nameEn: 'Groceries' },
  { slug: 'drivmedel', name: 'Drivmedel', nameEn: 'Fuel' },
  { slug: 'post-och-paket', name: 'Post och paket', nameEn: 'Post and parcels' },
  { slug: 'apotek-och-lakemedel', name: 'Apotek och läkemedel', nameEn: 'Pharmacy and medicines' },
  {
    slug: 'kontanter-och-betaltjanster',
    name: 'Kontanter och betaltjänster',
    nameEn: 'Cash and payment services',
  },
  { slug: 'servicepunkt', name: 'Servicepunkt', nameEn: 'Service points' },
  {
    slug: 'kollektivtrafik-och-mobilitet',
    name: 'Kollektivtrafik och mobilitet',
    nameEn: 'Public transport and mobility',
  },
  {
    slug: 'bredband-och-digital-service',
    name: 'Bredband och digital service',
    nameEn: 'Broadband and digital services',
  },
  { slug: 'vard-och-omsorg', name: 'Vård och omsorg', nameEn: 'Health and care' },
  { slug: 'skola-och-forskola', name: 'Skola och förskola', nameEn: 'School and preschool' },
  { slug: 'offentlig-service', name: 'Offentlig service', nameEn: 'Public services' },
  {
    slug: 'motesplatser-och-kultur',
    name: 'Mötesplatser och kultur',
    nameEn: 'Meeting places and culture',
  },
] as const;
