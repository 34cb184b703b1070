// What the seed reads from a type's model: which fields are relations (and to what), which are dates,
// and which are translated. A new content type needs no seed code: its Strapi schema says it all.
import { type ContentTypeDefinition, organisation, PUBLIC_TYPES, serviceArea, topic } from '@skb/content-types';
import { STRAPI_COMPONENTS, type StrapiAttribute } from '@skb/content-types/strapi';

export interface RelationField {
  field: string;
  /** uid of the related type. */
  target: string;
  /** Whether the field holds a list (`manyToMany`, `oneToMany`) or one value. */
  many: boolean;
}

export function relationFields(type: ContentTypeDefinition): RelationField[] {
  return relationsIn(type.strapi.attributes);
}

function relationsIn(attributes: Record<string, StrapiAttribute>): RelationField[] {
  return Object.entries(attributes).flatMap(([field, attribute]) =>
    attribute.type === 'relation'
      ? [{ field, target: attribute.target, many: attribute.relation.endsWith('ToMany') }]
      : [],
  );
}

/** A component field whose items hold relations (a meeting's follow-up names its goal). */
export interface ComponentRelations {
  field: string;
  repeatable: boolean;
  relations: RelationField[];
}

export function componentRelationFields(type: ContentTypeDefinition): ComponentRelations[] {
  return Object.entries(type.strapi.attributes).flatMap(([field, attribute]) => {
    if (attribute.type !== 'component') return [];
    const component = STRAPI_COMPONENTS[attribute.component as keyof typeof STRAPI_COMPONENTS];
    const relations = component ? relationsIn(component.attributes) : [];
    return relations.length > 0 ? [{ field, repeatable: attribute.repeatable, relations }] : [];
  });
}

/** Fields holding a calendar date (`date`) or an instant (`datetime`). */
export function dateFields(type: ContentTypeDefinition): Map<string, 'date' | 'datetime'> {
  const dates = new Map<string, 'date' | 'datetime'>();
  for (const [field, attribute] of Object.entries(type.strapi.attributes)) {
    if (attribute.type === 'date' || attribute.type === 'datetime') dates.set(field, attribute.type);
  }
  return dates;
}

/** Fields an English file may hold: translated values an editor writes (not relations, not the slug). */
export function translatedFields(type: ContentTypeDefinition): Set<string> {
  return new Set(
    Object.entries(type.strapi.attributes)
      .filter(([, attribute]) => attribute.pluginOptions?.i18n?.localized === true)
      .filter(([, attribute]) => attribute.type !== 'relation' && attribute.type !== 'uid')
      .map(([field]) => field),
  );
}

/** Fields an editor writes on the type (the zod model), the slug left out: the seed makes it from the title or name. */
export function editorFields(type: ContentTypeDefinition): Set<string> {
  return new Set(Object.keys(type.fields.shape).filter((field) => field !== 'slug'));
}

/**
 * How a content file names the target of a relation: a service area by its slug, a topic by its name
 * (created when new), an organisation by its name (or slug), another entry by its file key.
 */
export type RelationKind = 'service-area' | 'topic' | 'organisation' | 'entry';

export function relationKind(target: string): RelationKind | undefined {
  if (target === serviceArea.uid) return 'service-area';
  if (target === topic.uid) return 'topic';
  if (target === organisation.uid) return 'organisation';
  if (PUBLIC_TYPES.some((type) => type.uid === target)) return 'entry';
  return undefined;
}
