import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMPONENT_FIELDS, STRAPI_COMPONENTS } from '../src/components.ts';
import { ALL_TYPES, PUBLIC_TYPES } from '../src/registry.ts';
import { compareFields } from './schema-compat.ts';

describe.each(ALL_TYPES.map((type) => [type.name, type] as const))('%s', (name, type) => {
  it('describes the same fields with compatible types in zod and in Strapi', () => {
    expect(compareFields(type.fields.shape, type.strapi.attributes, STRAPI_COMPONENTS, name)).toEqual([]);
  });

  it('names its Strapi schema after itself', () => {
    expect(type.strapi.info.singularName).toBe(type.name);
    expect(type.strapi.info.pluralName).toBe(type.pluralName);
    expect(type.uid).toBe(`api::${type.name}.${type.name}`);
  });
});

describe('components', () => {
  it.each(Object.entries(COMPONENT_FIELDS))('%s has the same fields in zod and in Strapi', (uid, fields) => {
    const component = STRAPI_COMPONENTS[uid as keyof typeof STRAPI_COMPONENTS];
    expect(compareFields(fields.shape, component.attributes, STRAPI_COMPONENTS, uid)).toEqual([]);
  });
});

describe('public types', () => {
  it.each(PUBLIC_TYPES.map((type) => [type.name, type] as const))(
    '%s has Draft & Publish, i18n, and a private note the public entry leaves out',
    (_name, type) => {
      expect(type.strapi.options.draftAndPublish).toBe(true);
      expect(type.strapi.pluginOptions.i18n.localized).toBe(true);
      expect(type.strapi.attributes.internalNote.private).toBe(true);
      const entryShape = (type.entry as unknown as z.ZodObject).shape ?? {};
      expect(entryShape).not.toHaveProperty('internalNote');
    },
  );
});

describe('the comparison itself', () => {
  const [method] = PUBLIC_TYPES;

  it('names a field added to zod and forgotten in Strapi', () => {
    const fields = method.fields.extend({ /** Test field. */ villages: z.array(z.string()) });
    expect(compareFields(fields.shape, method.strapi.attributes, STRAPI_COMPONENTS, 'method')).toEqual([
      'method.villages: in zod, missing in Strapi',
    ]);
  });

  it('names a field added to Strapi and forgotten in zod', () => {
    const attributes = { ...method.strapi.attributes, villages: { type: 'json' } as const };
    expect(compareFields(method.fields.shape, attributes, STRAPI_COMPONENTS, 'method')).toEqual([
      'method.villages: in Strapi, missing in zod',
    ]);
  });

  it('names a type mismatch, a changed enum, a required mismatch and a changed length', () => {
    const attributes = {
      ...method.strapi.attributes,
      timeNeeded: { type: 'integer' } as const,
      effort: { type: 'enumeration', enum: ['låg', 'hög'], required: true } as const,
      summary: { type: 'text', maxLength: 500, required: true } as const,
      prerequisites: { type: 'richtext', required: true } as const,
    };
    expect(compareFields(method.fields.shape, attributes, STRAPI_COMPONENTS, 'method').sort()).toEqual([
      'method.effort: enum values differ (Strapi låg|hög, zod låg|medel|hög)',
      'method.prerequisites: required in Strapi, optional in zod',
      'method.summary: maxLength 500 in Strapi, 300 in zod',
      'method.timeNeeded: Strapi integer but zod string',
    ]);
  });

  it('looks inside components', () => {
    const components = {
      ...STRAPI_COMPONENTS,
      'content.step': {
        ...STRAPI_COMPONENTS['content.step'],
        attributes: { ...STRAPI_COMPONENTS['content.step'].attributes, minutes: { type: 'integer' } as const },
      },
    };
    expect(compareFields(method.fields.shape, method.strapi.attributes, components, 'method')).toEqual([
      'method.steps.minutes: in Strapi, missing in zod',
    ]);
  });
});
