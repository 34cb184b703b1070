// Validation at the door: what an editor or an API client writes is checked against the zod
// fields and rules of its type before anything is stored. Relations and media are Strapi's to
// check (they arrive as ids or connect lists), so they are left out here.
import { z } from 'zod';
import { COMPONENT_FIELDS, STRAPI_COMPONENTS } from './components.ts';
import type { ContentTypeDefinition } from './registry.ts';
import { unstorableTextIssues } from './storable-text.ts';
import type { StrapiAttribute } from './strapi/schema-types.ts';

/** One thing wrong with an entry, named by its field path (`steps[0].title`). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** An entry that does not satisfy its type's schema. Carries every issue found, by field. */
export class EntryValidationError extends Error {
  readonly type: string;
  readonly issues: readonly FieldIssue[];
  constructor(type: string, issues: readonly FieldIssue[], options?: { cause?: unknown }) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), options);
    this.name = 'EntryValidationError';
    this.type = type;
    this.issues = issues;
  }
}

/** `['steps', 0, 'title']` → `steps[0].title`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

const inputSchemas = new WeakMap<ContentTypeDefinition, z.ZodType>();

/** Names of the relation and media attributes in an attribute map: Strapi checks those. */
function strapiChecked(attributes: Record<string, StrapiAttribute>): string[] {
  return Object.entries(attributes)
    .filter(([, attribute]) => attribute.type === 'relation' || attribute.type === 'media')
    .map(([name]) => name);
}

/**
 * A component field's schema without the relations inside the component (a meeting's follow-up
 * names its goal as a relation), or undefined when the component has none.
 */
function componentWithoutRelations(attribute: StrapiAttribute): z.ZodType | undefined {
  if (attribute.type !== 'component') return undefined;
  const uid = attribute.component as keyof typeof COMPONENT_FIELDS;
  const skipped = strapiChecked(STRAPI_COMPONENTS[uid]?.attributes ?? {});
  if (skipped.length === 0) return undefined;
  const inner = (COMPONENT_FIELDS[uid] as z.ZodObject).omit(
    Object.fromEntries(skipped.map((name) => [name, true])) as never,
  );
  return attribute.repeatable ? z.array(inner).default([]) : inner.nullish();
}

/** The schema an entry's writable values must satisfy: its fields without relations and media, then its rules. */
export function inputSchema(type: ContentTypeDefinition): z.ZodType {
  const cached = inputSchemas.get(type);
  if (cached) return cached;
  const skipped = strapiChecked(type.strapi.attributes).map((name) => [name, true] as const);
  const replaced = Object.entries(type.strapi.attributes).flatMap(([name, attribute]) => {
    const schema = componentWithoutRelations(attribute);
    return schema ? [[name, schema] as const] : [];
  });
  const schema = type.fields
    .omit(Object.fromEntries(skipped) as Parameters<typeof type.fields.omit>[0])
    .extend(Object.fromEntries(replaced))
    .superRefine((value, ctx) => type.rules?.(value, ctx));
  inputSchemas.set(type, schema);
  return schema;
}

/** Issues with `data` as an entry of `type`; empty when it is valid. */
export function entryInputIssues(type: ContentTypeDefinition, data: unknown): FieldIssue[] {
  const result = inputSchema(type).safeParse(data);
  const unstorable = unstorableTextIssues(data);
  if (result.success) return unstorable;
  return [
    ...result.error.issues.map((issue) => ({
      field: fieldPath(issue.path) || '(entry)',
      message: issue.message,
    })),
    ...unstorable,
  ];
}

/** Throws `EntryValidationError` naming every invalid field of `data`. */
export function assertValidEntryInput(type: ContentTypeDefinition, data: unknown): void {
  const issues = entryInputIssues(type, data);
  if (issues.length > 0) throw new EntryValidationError(type.name, issues);
}
