// Compares a zod object schema with a Strapi attribute map and lists every disagreement, by field:
// a field on one side only, a type that cannot hold the other's values, enum values that differ,
// required on one side and optional on the other, or different length limits.
import type { z } from 'zod';
import type { StrapiAttribute, StrapiComponentSchema } from '../src/strapi/schema-types.ts';

interface Described {
  kind: string;
  format?: string;
  int?: boolean;
  optional: boolean;
  values?: readonly unknown[];
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  maxLength?: number;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: { check: string; maximum?: number; format?: string } } }[];
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** What a zod schema accepts, looking through optional, nullable, default and preprocess wrappers. */
export function describeZod(schema: z.ZodType): Described {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema that checks the value.
      current = def.out as z.ZodType;
    } else if (def.type === 'readonly') {
      current = def.innerType as z.ZodType;
    } else break;
  }
  const def = defOf(current);
  const checks = def.checks?.map((check) => check._zod.def) ?? [];
  const maxLength = checks.find((check) => check.check === 'max_length')?.maximum;
  const format = def.format ?? checks.find((check) => check.check === 'string_format')?.format;
  switch (def.type) {
    case 'number':
      return {
        kind: 'number',
        int: checks.some((c) => c.check === 'number_format' && c.format === 'safeint'),
        optional,
      };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}), optional };
    case 'literal':
      return { kind: 'literal', values: def.values, optional };
    case 'array':
      return { kind: 'array', element: def.element, optional };
    case 'object':
      return { kind: 'object', shape: def.shape, optional };
    default:
      return { kind: def.type, format, maxLength, optional };
  }
}

export type Components = Record<string, StrapiComponentSchema>;

const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/** Why `zod` cannot stand for `attribute`, or null when they agree. */
function incompatibility(attribute: StrapiAttribute, zod: Described, components: Components, path: string): string[] {
  const problems: string[] = [];
  const expectKind = (...kinds: string[]) => {
    if (!kinds.includes(zod.kind)) problems.push(`${path}: Strapi ${attribute.type} but zod ${zod.kind}`);
  };
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'uid':
      expectKind('string');
      if (zod.format === 'date' || zod.format === 'datetime')
        problems.push(`${path}: Strapi ${attribute.type} but zod ${zod.format}`);
      if ('maxLength' in attribute && attribute.maxLength !== zod.maxLength && zod.kind === 'string') {
        problems.push(
          `${path}: maxLength ${attribute.maxLength ?? 'none'} in Strapi, ${zod.maxLength ?? 'none'} in zod`,
        );
      }
      break;
    case 'email':
      expectKind('string');
      if (zod.format !== 'email') problems.push(`${path}: Strapi email but zod ${zod.format ?? 'plain string'}`);
      break;
    case 'enumeration':
      expectKind('enum');
      if (zod.values && !sameSet(zod.values, attribute.enum)) {
        problems.push(`${path}: enum values differ (Strapi ${attribute.enum.join('|')}, zod ${zod.values.join('|')})`);
      }
      break;
    case 'integer':
    case 'biginteger':
      expectKind('number');
      if (zod.kind === 'number' && !zod.int)
        problems.push(`${path}: Strapi ${attribute.type} but zod allows fractions`);
      break;
    case 'float':
    case 'decimal':
      expectKind('number');
      break;
    case 'boolean':
      expectKind('boolean', 'literal');
      break;
    case 'date':
    case 'datetime':
      expectKind('string');
      if (zod.format !== attribute.type)
        problems.push(`${path}: Strapi ${attribute.type} but zod ${zod.format ?? 'plain string'}`);
      break;
    case 'json':
      expectKind('array', 'object', 'unknown', 'record');
      break;
    case 'customField':
      // Our custom fields are pickers over a JSON list.
      expectKind('array');
      break;
    case 'relation':
      expectKind(attribute.relation.endsWith('ToMany') ? 'array' : 'object');
      break;
    case 'media':
      expectKind(attribute.multiple ? 'array' : 'object');
      break;
    case 'component': {
      expectKind(attribute.repeatable ? 'array' : 'object');
      const component = components[attribute.component];
      if (!component) {
        problems.push(`${path}: component ${attribute.component} is not defined`);
        break;
      }
      const inner = attribute.repeatable && zod.element ? describeZod(zod.element) : zod;
      if (inner.kind === 'object' && inner.shape) {
        problems.push(...compareFields(inner.shape, component.attributes, components, path));
      }
      break;
    }
  }
  const requiredInStrapi = attribute.required === true && !('default' in attribute);
  const isCollection =
    attribute.type === 'relation' ||
    attribute.type === 'json' ||
    attribute.type === 'customField' ||
    (attribute.type === 'component' && attribute.repeatable);
  if (!isCollection && requiredInStrapi && zod.optional) problems.push(`${path}: required in Strapi, optional in zod`);
  if (!isCollection && !attribute.required && !zod.optional && attribute.type !== 'uid') {
    problems.push(`${path}: optional in Strapi, required in zod`);
  }
  return problems;
}

/** Every disagreement between a zod shape and Strapi attributes, named by field path. */
export function compareFields(
  shape: Record<string, z.ZodType>,
  attributes: Record<string, StrapiAttribute>,
  components: Components,
  prefix: string,
): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(shape)) {
    if (!(name in attributes)) problems.push(`${prefix}.${name}: in zod, missing in Strapi`);
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    const zod = shape[name];
    if (!zod) {
      problems.push(`${prefix}.${name}: in Strapi, missing in zod`);
      continue;
    }
    problems.push(...incompatibility(attribute, describeZod(zod), components, `${prefix}.${name}`));
  }
  return problems;
}
