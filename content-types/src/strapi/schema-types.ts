// The shape of the Strapi schema objects this package hands to the CMS. Kept here, small and
// structural, because this package never imports Strapi.

export interface I18nOption {
  i18n?: { localized: boolean };
}

interface AttributeBase {
  required?: boolean;
  private?: boolean;
  unique?: boolean;
  configurable?: boolean;
  pluginOptions?: I18nOption;
}

export type StrapiAttribute =
  | (AttributeBase & {
      type: 'string' | 'text' | 'richtext' | 'email';
      maxLength?: number;
      minLength?: number;
      regex?: string;
      default?: string;
    })
  | (AttributeBase & { type: 'uid'; targetField?: string; maxLength?: number })
  | (AttributeBase & { type: 'integer' | 'biginteger' | 'decimal' | 'float'; min?: number; max?: number })
  | (AttributeBase & { type: 'boolean'; default?: boolean })
  | (AttributeBase & { type: 'date' | 'datetime' })
  | (AttributeBase & { type: 'json' })
  // A custom field (a picker) over a JSON list: Strapi stores it as `json`.
  | (AttributeBase & { type: 'customField'; customField: string })
  | (AttributeBase & { type: 'enumeration'; enum: readonly string[]; default?: string })
  | (AttributeBase & {
      type: 'relation';
      relation: 'oneToOne' | 'oneToMany' | 'manyToOne' | 'manyToMany';
      target: string;
      inversedBy?: string;
      mappedBy?: string;
    })
  | (AttributeBase & { type: 'component'; component: string; repeatable: boolean; min?: number; max?: number })
  | (AttributeBase & { type: 'media'; multiple: boolean; allowedTypes?: readonly string[] });

export interface StrapiContentTypeSchema {
  kind: 'collectionType' | 'singleType';
  collectionName: string;
  info: { singularName: string; pluralName: string; displayName: string; description?: string };
  options: { draftAndPublish: boolean };
  pluginOptions?: I18nOption & Record<string, unknown>;
  attributes: Record<string, StrapiAttribute>;
}

export interface StrapiComponentSchema {
  collectionName: string;
  info: { displayName: string; icon?: string; description?: string };
  options: Record<string, never>;
  attributes: Record<string, StrapiAttribute>;
}
