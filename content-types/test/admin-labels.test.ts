import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIELD_LABELS, type FieldLabel } from '../src/admin-labels.ts';
import { COMPONENT_FIELDS } from '../src/components.ts';
import { ALL_TYPES, method } from '../src/registry.ts';

/** What is wrong with the labels of one type or component, one line per field. */
function labelIssues(
  name: string,
  shape: Record<string, unknown>,
  labels: Readonly<Record<string, FieldLabel>> | undefined,
): string[] {
  const issues: string[] = [];
  for (const field of Object.keys(shape)) {
    const label = labels?.[field];
    if (!label?.label.trim()) issues.push(`${name}.${field}: no Swedish label`);
    if (!label?.description.trim()) issues.push(`${name}.${field}: no description`);
  }
  for (const field of Object.keys(labels ?? {})) {
    if (!(field in shape)) issues.push(`${name}.${field}: labelled but not a field`);
  }
  return issues;
}

const models = [
  ...ALL_TYPES.map((type) => [type.name, type.fields.shape] as const),
  ...Object.entries(COMPONENT_FIELDS).map(([uid, fields]) => [uid, fields.shape] as const),
];

describe.each(models)('%s in the admin panel', (name, shape) => {
  it('has a Swedish label and a description for every field, and none for fields it lacks', () => {
    expect(labelIssues(name, shape, FIELD_LABELS[name])).toEqual([]);
  });

  it('gives no two fields the same label', () => {
    const labels = Object.values(FIELD_LABELS[name] ?? {}).map((label) => label.label);
    expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
  });
});

describe('the label check itself', () => {
  it('names a field added without a label', () => {
    const fields = method.fields.extend({ /** Test field. */ villages: z.array(z.string()) });
    expect(labelIssues('method', fields.shape, FIELD_LABELS.method)).toEqual([
      'method.villages: no Swedish label',
      'method.villages: no description',
    ]);
  });

  it('names a label left behind by a removed field', () => {
    const fields = method.fields.omit({ timeNeeded: true });
    expect(labelIssues('method', fields.shape, FIELD_LABELS.method)).toEqual([
      'method.timeNeeded: labelled but not a field',
    ]);
  });

  it('has the words editors use', () => {
    expect(FIELD_LABELS['funding-call']?.deadline?.label).toBe('Sista ansökningsdag');
    expect(FIELD_LABELS.method?.summary?.label).toBe('Sammanfattning');
    expect(FIELD_LABELS['case-study']?.municipalities?.label).toBe('Kommuner');
  });
});
