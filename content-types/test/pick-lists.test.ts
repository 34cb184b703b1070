import { describe, expect, it } from 'vitest';
import { PICK_LIST_NAMES, PICK_LISTS, pickedValues } from '../src/pick-lists.ts';
import { ALL_TYPES } from '../src/registry.ts';
import { PICKER_PLUGIN } from '../src/strapi/attributes.ts';

describe('pick lists', () => {
  it('offer the 290 municipalities grouped by county, and the 21 counties', () => {
    const municipalities = PICK_LISTS.municipalities.options;
    expect(municipalities).toHaveLength(290);
    expect(municipalities.find((m) => m.value === '2039')).toEqual({
      value: '2039',
      label: 'Älvdalen',
      group: 'Dalarnas län',
    });
    // County by county: a county's municipalities are next to each other.
    const groups = municipalities.map((m) => m.group);
    expect(new Set(groups).size).toBe(21);
    expect(groups.filter((group, i) => group !== groups[i - 1])).toHaveLength(21);
    expect(PICK_LISTS.counties.options).toHaveLength(21);
  });

  it('offer the vocabularies with their Swedish labels', () => {
    expect(PICK_LISTS['actor-levels'].options.map((o) => o.label)).toEqual([
      'Lokal',
      'Kommunal',
      'Regional',
      'Nationell',
    ]);
    expect(PICK_LISTS['applicant-types'].options).toContainEqual({
      value: 'ideell förening',
      label: 'Ideell förening',
    });
  });

  it('read a stored list of known codes as it is', () => {
    expect(pickedValues('municipalities', ['2039', '2021'])).toEqual({ values: ['2039', '2021'] });
    expect(pickedValues('counties', null)).toEqual({ values: [] });
  });

  it('keep the known values of a wrong stored value and name the rest in Swedish', () => {
    expect(pickedValues('municipalities', ['2039', '9999', 7])).toEqual({
      values: ['2039'],
      problem: 'Okänt värde i listan: "9999", 7. Ta bort det och välj i listan i stället.',
    });
    expect(pickedValues('counties', '20')).toEqual({ values: [], problem: 'Värdet är inte en lista: "20"' });
  });
});

describe('fields that pick from a list', () => {
  const pickerFields = ALL_TYPES.flatMap((type) =>
    Object.entries(type.strapi.attributes)
      .filter(([, attribute]) => attribute.type === 'customField')
      .map(([name, attribute]) => [`${type.name}.${name}`, attribute] as const),
  );

  it('are the place and vocabulary lists of the model', () => {
    expect(pickerFields.map(([name]) => name).sort()).toEqual([
      'advocacy-action.counties',
      'advocacy-action.municipalities',
      'case-study.municipalities',
      'funding-call.counties',
      'funding-call.eligibleApplicants',
      'method.actorLevels',
      'network.counties',
      'network.municipalities',
      'project.counties',
      'project.municipalities',
      'trend-note.region',
    ]);
  });

  it.each(pickerFields)('%s names a picker the plugin registers', (_name, attribute) => {
    const customField = 'customField' in attribute ? attribute.customField : '';
    const [plugin, list] = customField.replace(/^plugin::/, '').split('.');
    expect(plugin).toBe(PICKER_PLUGIN);
    expect(PICK_LIST_NAMES).toContain(list);
  });
});
