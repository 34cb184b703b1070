// The lists editors pick from in the admin instead of typing codes: municipalities and counties
// (stored as SCB codes) and the vocabularies stored as Swedish words. Pure data and one check, so
// the admin's picker can import it without pulling in zod.
import { COUNTY_RECORDS, MUNICIPALITY_RECORDS } from './geo/reference-data.ts';
import { ACTOR_LEVELS, APPLICANT_KINDS } from './vocab.ts';

/** The pick lists, named as the custom fields that offer them. */
export const PICK_LIST_NAMES = ['municipalities', 'counties', 'actor-levels', 'applicant-types'] as const;
export type PickListName = (typeof PICK_LIST_NAMES)[number];

/** One choice: the stored value, what the editor reads, and the group it is shown under. */
export interface PickOption {
  value: string;
  label: string;
  group?: string;
}

export interface PickList {
  /** What the field is called in the custom-field menu. */
  label: string;
  /** Placeholder of the search box. */
  placeholder: string;
  options: readonly PickOption[];
}

const countyName = new Map(COUNTY_RECORDS.map((county) => [county.code, county.name]));
const sv = new Intl.Collator('sv');

// Municipalities are shown county by county (SCB order), by name within a county, as editors know
// them from the map; typing a county's name finds all of its municipalities.
const municipalityOptions: PickOption[] = [...MUNICIPALITY_RECORDS]
  .sort((a, b) => a.countyCode.localeCompare(b.countyCode) || sv.compare(a.shortName, b.shortName))
  .map((m) => ({ value: m.code, label: m.shortName, group: countyName.get(m.countyCode) }));

export const PICK_LISTS: Readonly<Record<PickListName, PickList>> = {
  municipalities: {
    label: 'Kommuner',
    placeholder: 'Sök kommun eller län',
    options: municipalityOptions,
  },
  counties: {
    label: 'Län',
    placeholder: 'Sök län',
    options: COUNTY_RECORDS.map((county) => ({ value: county.code, label: county.name })),
  },
  'actor-levels': {
    label: 'Aktörsnivåer',
    placeholder: 'Välj aktörsnivå',
    options: ACTOR_LEVELS.terms.map((term) => ({ value: term.value, label: term.label.sv })),
  },
  'applicant-types': {
    label: 'Sökande',
    placeholder: 'Välj vilka som får söka',
    options: APPLICANT_KINDS.terms.map((term) => ({ value: term.value, label: term.label.sv })),
  },
};

/** What a stored value means to the picker: the values it knows, and, when something is wrong, why (in Swedish). */
export interface PickedValues {
  values: string[];
  problem?: string;
}

/**
 * Reads a stored value of a pick-list field. Anything but a list of known values (an old typo, a
 * hand-edited JSON, a code SCB has retired) keeps the known values and names the rest, so the editor
 * sees what to fix instead of a broken form.
 */
export function pickedValues(list: PickListName, stored: unknown): PickedValues {
  if (stored === null || stored === undefined || stored === '') return { values: [] };
  if (!Array.isArray(stored)) return { values: [], problem: `Värdet är inte en lista: ${JSON.stringify(stored)}` };
  const known = new Set(PICK_LISTS[list].options.map((option) => option.value));
  const values = stored.filter((value): value is string => typeof value === 'string' && known.has(value));
  const unknown = stored.filter((value) => !(typeof value === 'string' && known.has(value)));
  if (unknown.length === 0) return { values: [...new Set(values)] };
  const named = unknown.map((value) => JSON.stringify(value)).join(', ');
  return {
    values: [...new Set(values)],
    problem: `Okänt värde i listan: ${named}. Ta bort det och välj i listan i stället.`,
  };
}
