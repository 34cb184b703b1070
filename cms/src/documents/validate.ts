import {
  ALL_TYPES,
  type ContentTypeDefinition,
  contentTypeByUid,
  EntryValidationError,
  entryInputIssues,
  uniqueSlug,
} from '@skb/content-types';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Data = Record<string, unknown>;

/** The components of a type, populated so that an update can be merged with what is stored. */
function componentPopulate(type: ContentTypeDefinition): Record<string, true> {
  return Object.fromEntries(
    Object.entries(type.strapi.attributes)
      .filter(([, attribute]) => attribute.type === 'component')
      .map(([name]) => [name, true]),
  );
}

/** Turns our field issues into Strapi's ValidationError, which the admin shows beside each field. */
export function toStrapiValidationError(error: EntryValidationError): errors.ValidationError {
  return new errors.ValidationError(error.message, {
    errors: error.issues.map((issue) => ({
      path: issue.field.split(/[.[\]]+/).filter(Boolean),
      message: issue.message,
      name: 'ValidationError',
      value: undefined,
    })),
  });
}

async function slugIsTaken(
  strapi: Core.Strapi,
  args: { type: ContentTypeDefinition; slug: string; locale?: string; documentId?: string },
): Promise<boolean> {
  const { type, slug, locale, documentId } = args;
  const filters: Record<string, unknown> = { slug };
  if (documentId) filters.documentId = { $ne: documentId };
  const localized = type.strapi.pluginOptions?.i18n?.localized === true;
  return (
    (await strapi
      .documents(type.uid as UID.ContentType)
      .count({ filters: filters, ...(localized && locale ? { locale } : {}) })) > 0
  );
}

/**
 * Document Service middleware: every create and update, from the admin, the REST API or code, gets
 * a slug made from its title when it has none, and is checked against its type's zod fields and
 * rules. An invalid entry is refused with a message per field, and nothing is stored.
 */
export function registerEntryValidation(strapi: Core.Strapi): void {
  const ours = new Set<string>(ALL_TYPES.map((type) => type.uid));
  strapi.documents.use(async (context, next) => {
    if (!ours.has(context.uid) || (context.action !== 'create' && context.action !== 'update')) return next();
    const type = contentTypeByUid(context.uid) as ContentTypeDefinition;
    const params = context.params as { data?: Data; documentId?: string; locale?: string };
    const data: Data = { ...(params.data ?? {}) };
    let stored: Data = {};
    if (context.action === 'update' && params.documentId) {
      const found = await strapi.documents(type.uid as UID.ContentType).findOne({
        documentId: params.documentId,
        locale: params.locale,
        status: 'draft',
        populate: componentPopulate(type),
      });
      // An update that creates a new locale version starts from nothing in that locale, but shared
      // (non-localised) fields come from the other versions.
      stored = (found as Data | null) ?? {};
      if (!found) {
        const other = await strapi.documents(type.uid as UID.ContentType).findFirst({
          filters: { documentId: params.documentId },
          status: 'draft',
          populate: componentPopulate(type),
        });
        if (other) stored = sharedFields(type, other as Data);
      }
    }
    const merged = { ...stored, ...data };
    if (!merged.slug && typeof merged.title === 'string' && merged.title.trim() && 'slug' in type.strapi.attributes) {
      data.slug = await uniqueSlug(merged.title, (slug) =>
        slugIsTaken(strapi, { type, slug, locale: params.locale, documentId: params.documentId }),
      );
      merged.slug = data.slug;
    }
    const issues = entryInputIssues(type, merged);
    if (issues.length > 0) throw toStrapiValidationError(new EntryValidationError(type.name, issues));
    params.data = data;
    return next();
  });
}

function sharedFields(type: ContentTypeDefinition, entry: Data): Data {
  return Object.fromEntries(
    Object.entries(type.strapi.attributes)
      .filter(([, attribute]) => attribute.pluginOptions?.i18n?.localized === false)
      .map(([name]) => [name, entry[name]]),
  );
}
