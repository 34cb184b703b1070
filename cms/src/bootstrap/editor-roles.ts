import { LOCALES, PUBLIC_TYPES, question, TAXONOMY_TYPES } from '@skb/content-types';
import type { Core, UID } from '@strapi/strapi';
import { EDITOR_ROLE_CODES } from '../review/roles';

const CM = 'plugin::content-manager.explorer';
const MEDIA = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';

interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  /** The content-manager verbs per group of types. */
  grants: { uids: readonly string[]; verbs: readonly Verb[] }[];
}

const publicUids = PUBLIC_TYPES.map((type) => type.uid);
const taxonomyUids = TAXONOMY_TYPES.map((type) => type.uid);

/** The three editor roles. What they may do beyond these verbs (review, counties) is the review gate's. */
export const EDITOR_ROLES: readonly RoleDefinition[] = [
  {
    code: EDITOR_ROLE_CODES.redaktör,
    name: 'Redaktör',
    description: 'Nationell redaktör: skriver i alla typer och län, skickar till granskning, besvarar helpdeskfrågor',
    grants: [
      { uids: publicUids, verbs: ['create', 'read', 'update', 'delete', 'publish'] },
      { uids: taxonomyUids, verbs: ['create', 'read', 'update'] },
      { uids: [question.uid], verbs: ['read', 'update'] },
    ],
  },
  {
    code: EDITOR_ROLE_CODES.länsredaktör,
    name: 'Länsredaktör',
    description: 'Skriver och skickar till granskning bara poster i sina egna län; besvarar helpdeskfrågor från dem',
    grants: [
      { uids: publicUids, verbs: ['create', 'read', 'update'] },
      { uids: taxonomyUids, verbs: ['read'] },
      { uids: [question.uid], verbs: ['read', 'update'] },
    ],
  },
  {
    code: EDITOR_ROLE_CODES.granskare,
    name: 'Granskare',
    description: 'Granskar, godkänner och publicerar andras ändringar',
    grants: [
      { uids: publicUids, verbs: ['read', 'update', 'publish'] },
      { uids: taxonomyUids, verbs: ['read'] },
      { uids: [question.uid], verbs: ['read'] },
    ],
  },
];

function permissionsOf(strapi: Core.Strapi, role: RoleDefinition) {
  const { getNestedFields } = strapi.service('admin::content-type') as {
    getNestedFields: (model: unknown, options: { components: unknown }) => string[];
  };
  const content = role.grants.flatMap(({ uids, verbs }) =>
    uids.flatMap((subject) =>
      verbs.map((verb) => {
        const contentType = strapi.contentType(subject as UID.ContentType) as {
          pluginOptions?: { i18n?: { localized?: boolean } };
        };
        const fields =
          verb === 'delete' || verb === 'publish'
            ? undefined
            : getNestedFields(contentType, { components: strapi.components });
        const locales = contentType.pluginOptions?.i18n?.localized ? [...LOCALES] : undefined;
        return {
          action: `${CM}.${verb}`,
          subject,
          properties: { ...(fields ? { fields } : {}), ...(locales ? { locales } : {}) },
          conditions: [],
        };
      }),
    ),
  );
  const media = MEDIA.map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
  return [...content, ...media];
}

/**
 * Creates the editor roles when they are missing and sets their permissions to exactly the ones
 * above at every start: the roles are kept in code, so a change made to them in the admin panel is
 * undone (make a new role for a variation). Super Admin is left alone.
 */
export async function ensureEditorRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  for (const definition of EDITOR_ROLES) {
    let role = await roles.findOne({ code: definition.code });
    if (!role) {
      role = await roles.create({ name: definition.name, code: definition.code, description: definition.description });
    }
    await roles.assignPermissions(role.id, permissionsOf(strapi, definition));
  }
}
