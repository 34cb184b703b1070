import { isDeepStrictEqual } from 'node:util';
import {
  ALL_TYPES,
  COMPONENT_FIELDS,
  FIELD_LABELS,
  type FieldLabel,
  REVIEW_FIELD_LABELS,
  SYSTEM_FIELD_LABELS,
} from '@skb/content-types';
import type { Core } from '@strapi/strapi';

/** How a type's list view opens: the field that names an entry, the columns, and the order. */
export interface ListView {
  mainField: string;
  columns: readonly string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
}

const newestFirst = (mainField: string, ...columns: string[]): ListView => ({
  mainField,
  columns: [mainField, ...columns],
  sortBy: 'updatedAt',
  sortOrder: 'DESC',
});
const byName = (...columns: string[]): ListView => ({
  mainField: 'name',
  columns: ['name', ...columns],
  sortBy: 'name',
  sortOrder: 'ASC',
});

/** The list views editors start from, per type name. */
export const LIST_VIEWS: Readonly<Record<string, ListView>> = {
  method: newestFirst('title', 'evidence', 'lastVerifiedAt', 'updatedAt'),
  'case-study': newestFirst('title', 'projectStatus', 'startedYear', 'lastVerifiedAt', 'updatedAt'),
  'funding-call': { ...newestFirst('title', 'funder', 'opensAt', 'deadline', 'updatedAt'), sortBy: 'deadline' },
  'consultation-response': {
    ...newestFirst('title', 'referenceNumber', 'consultationDeadline', 'submittedAt', 'updatedAt'),
    sortBy: 'consultationDeadline',
  },
  'trend-note': newestFirst('title', 'createdAt', 'updatedAt'),
  event: { ...newestFirst('title', 'kind', 'startsAt', 'endsAt', 'updatedAt'), sortBy: 'startsAt' },
  'service-plan': newestFirst('title', 'municipality', 'adoptedAt', 'revisedAt', 'sourceCheckedAt'),
  'service-coordinator': newestFirst('title', 'roleTitle', 'fullTimePercent', 'updatedAt'),
  goal: { ...newestFirst('title', 'goalSet', 'position', 'updatedAt'), sortBy: 'position', sortOrder: 'ASC' },
  project: {
    ...newestFirst('title', 'projectStatus', 'startDate', 'nationalImportance', 'updatedAt'),
    sortBy: 'startDate',
  },
  network: newestFirst('title', 'kind', 'updatedAt'),
  'advocacy-action': { ...newestFirst('title', 'kind', 'date', 'addressee', 'updatedAt'), sortBy: 'date' },
  question: { ...newestFirst('question', 'questionStatus', 'municipality', 'createdAt'), sortBy: 'createdAt' },
  'service-area': byName('nameEn', 'slug'),
  topic: byName('slug', 'updatedAt'),
  organisation: byName('kind', 'municipality', 'website'),
};

/** A model as the content manager sees it: our attributes plus id, documentId and the timestamps. */
interface ManagerModel {
  uid: string;
  attributes: Record<string, { type: string; relationType?: string }>;
}

interface Metadata {
  edit: { label?: string; description?: string | null } & Record<string, unknown>;
  list: { label?: string } & Record<string, unknown>;
}

/** The view configuration the content manager stores per type and component. */
interface ViewConfiguration {
  settings: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: string } & Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: unknown[] } & Record<string, unknown>;
}

interface ConfigurationService {
  findConfiguration(model: ManagerModel): Promise<ViewConfiguration>;
  updateConfiguration(model: ManagerModel, configuration: ViewConfiguration): Promise<unknown>;
}

/**
 * What this step wrote, per setting (`settings.mainField`, `metadatas.deadline.edit.label`): the value,
 * or null once an editor has set something else there, which makes that setting the editor's for good.
 */
type Applied = Record<string, unknown>;

// The content manager's own rules (services/utils/configuration/attributes.js in 5.54): which fields
// can be list columns, which can sort, and which field names an entry when nobody chose one.
const NOT_LISTABLE = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks']);
const NOT_SORTABLE = new Set(['component', 'json', 'media', 'richtext', 'dynamiczone', 'blocks']);
const isListable = (model: ManagerModel, field: string) => {
  const attribute = model.attributes[field];
  return Boolean(attribute) && !NOT_LISTABLE.has(attribute?.type ?? '') && !attribute?.relationType?.includes('morph');
};
const isSortable = (model: ManagerModel, field: string) => {
  const attribute = model.attributes[field];
  if (!attribute || NOT_SORTABLE.has(attribute.type)) return false;
  return attribute.type !== 'relation' || ['oneToOne', 'manyToOne'].includes(attribute.relationType ?? '');
};
const defaultMainField = (model: ManagerModel) =>
  Object.keys(model.attributes).find((field) => field !== 'id' && model.attributes[field]?.type === 'string') ?? 'id';
const defaultListColumns = (model: ManagerModel) =>
  Object.keys(model.attributes)
    .filter((field) => field !== 'documentId' && isListable(model, field))
    .slice(0, 4);

/** The configuration with our labels, help texts and list view wherever they are still ours to set. */
export function swedishView(args: {
  model: ManagerModel;
  current: ViewConfiguration;
  labels?: Readonly<Record<string, FieldLabel>>;
  view?: ListView;
  applied?: Applied;
}): { configuration: ViewConfiguration; applied: Applied } {
  const { model, labels, view } = args;
  const last: Applied = args.applied ?? {};
  const { settings, metadatas, layouts } = structuredClone(args.current);
  const configuration: ViewConfiguration = { settings, metadatas, layouts };
  const applied: Applied = {};

  /**
   * Whether the setting at `path` is ours, recording the answer: with a record of what we wrote, while
   * it still holds that; without one, while it still holds Strapi's generated default.
   */
  const ours = (path: string, value: unknown, strapiDefault: unknown, wanted: unknown): boolean => {
    const wrote = last[path];
    const isOurs =
      wrote === undefined ? isDeepStrictEqual(value, strapiDefault) : wrote !== null && isDeepStrictEqual(value, wrote);
    applied[path] = isOurs ? wanted : null;
    return isOurs;
  };

  for (const [field, metadata] of Object.entries(metadatas)) {
    const own = labels?.[field] ?? REVIEW_FIELD_LABELS[field];
    const label = own?.label ?? SYSTEM_FIELD_LABELS[field];
    if (!label) continue;
    const path = `metadatas.${field}`;
    // Only the fields Strapi shows in the edit view have an edit label; id and documentId have none.
    if (typeof metadata.edit?.label === 'string') {
      if (ours(`${path}.edit.label`, metadata.edit.label, field, label)) metadata.edit.label = label;
      const description = own?.description;
      if (description && ours(`${path}.edit.description`, metadata.edit.description ?? '', '', description)) {
        metadata.edit.description = description;
      }
    }
    if (metadata.list && ours(`${path}.list.label`, metadata.list.label, field, label)) metadata.list.label = label;
    // The review state moves by the edit view's buttons (cms/src/admin/review-actions.tsx) and the
    // other review fields are the gate's: shown, never typed in.
    if (
      REVIEW_FIELD_LABELS[field] &&
      metadata.edit &&
      ours(`${path}.edit.editable`, metadata.edit.editable ?? true, true, false)
    ) {
      metadata.edit.editable = false;
    }
  }

  if (view) {
    const problems = [
      ...view.columns.filter((field) => !isListable(model, field)).map((field) => `column ${field}`),
      ...(isListable(model, view.mainField) ? [] : [`mainField ${view.mainField}`]),
      ...(isSortable(model, view.sortBy) ? [] : [`sort by ${view.sortBy}`]),
    ];
    if (problems.length > 0) throw new Error(`admin layout of ${model.uid}: cannot use ${problems.join(', ')}`);
    const mainField = defaultMainField(model);
    const wanted = { mainField: view.mainField, defaultSortBy: view.sortBy, defaultSortOrder: view.sortOrder };
    const defaults = { mainField, defaultSortBy: mainField, defaultSortOrder: 'ASC' };
    for (const key of ['mainField', 'defaultSortBy', 'defaultSortOrder'] as const) {
      if (ours(`settings.${key}`, settings[key], defaults[key], wanted[key])) settings[key] = wanted[key];
    }
    const columns = [...view.columns];
    if (ours('layouts.list', layouts.list, defaultListColumns(model), columns)) layouts.list = columns;
  }
  return { configuration, applied };
}

const APPLIED_KEY = 'admin-layout-applied';

/**
 * Makes the admin panel speak Swedish: for every content type and component, the edit and list views
 * get the Swedish label and help text of each field (FIELD_LABELS), and the types get the field that
 * names an entry, list columns and a default sort (LIST_VIEWS).
 *
 * Editors may change any of this in the admin ("Configure the view"), and their change stays. The
 * rule, per setting (a label, a help text, the main field, the sort, the column list): this step
 * remembers in the core store what it wrote there. While the setting still holds exactly that, it is
 * ours, and a corrected label in FIELD_LABELS reaches existing databases. Once it holds anything else,
 * an editor has changed it, and it is theirs from then on, even if they later choose what Strapi would
 * have chosen. Without a record (the first start), a setting is ours only while it holds Strapi's
 * generated default: the field's own name as label, an empty help text, the first text field as main
 * field and sort, the first four fields as columns. The edit view's layout (order and sizes of the
 * fields) is never touched. Only what changed is written, so a second start writes nothing.
 */
export async function applySwedishAdminLayout(strapi: Core.Strapi): Promise<{ changed: string[] }> {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types') as unknown as ConfigurationService & {
    findContentType(uid: string): ManagerModel | undefined;
  };
  const components = contentManager.service('components') as unknown as ConfigurationService & {
    findComponent(uid: string): ManagerModel | undefined;
  };
  const store = strapi.store({ type: 'core', name: 'skb' });
  const appliedBefore = ((await store.get({ key: APPLIED_KEY })) ?? {}) as Record<string, Applied>;
  const appliedNow: Record<string, Applied> = {};
  const targets = [
    ...ALL_TYPES.map((type) => ({
      uid: type.uid,
      service: contentTypes,
      model: contentTypes.findContentType(type.uid),
      labels: FIELD_LABELS[type.name],
      view: LIST_VIEWS[type.name],
    })),
    ...Object.keys(COMPONENT_FIELDS).map((uid) => ({
      uid,
      service: components,
      model: components.findComponent(uid),
      labels: FIELD_LABELS[uid],
      view: undefined,
    })),
  ];
  const changed: string[] = [];
  for (const { uid, service, model, labels, view } of targets) {
    if (!model) throw new Error(`admin layout: the content manager has no model ${uid}`);
    const current = await service.findConfiguration(model);
    const { configuration, applied } = swedishView({ model, current, labels, view, applied: appliedBefore[uid] });
    appliedNow[uid] = applied;
    const { settings, metadatas, layouts } = current;
    if (!isDeepStrictEqual(configuration, { settings, metadatas, layouts })) {
      await service.updateConfiguration(model, configuration);
      changed.push(uid);
    }
  }
  if (!isDeepStrictEqual(appliedNow, appliedBefore)) await store.set({ key: APPLIED_KEY, value: appliedNow });
  if (changed.length > 0) strapi.log.info(`admin: Swedish labels and list views set for ${changed.join(', ')}`);
  return { changed };
}
