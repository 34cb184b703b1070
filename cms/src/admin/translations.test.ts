// Strapi's Swedish lacks many strings of the edit and list views; ours fill them in. This checks,
// against the installed Strapi, that every English string an editor meets there has Swedish, so an
// upgrade that adds strings is noticed here rather than by an editor.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import ours from './translations/sv.json';

const require = createRequire(import.meta.url);
// The translation files are not in the packages' exports: reach them from each package's folder.
// A package without a file for a language (i18n has no Swedish) has no strings in it.
const load = (pkg: string, file: string): Record<string, string> => {
  const full = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  if (!existsSync(full)) return {};
  const loaded = require(full) as { default?: Record<string, string> } & Record<string, string>;
  return loaded.default ?? loaded;
};

/** Strapi's English and Swedish strings, keyed as the admin panel looks them up. */
function strapiStrings(locale: 'en' | 'sv'): Record<string, string> {
  const packages = [
    ['@strapi/admin', 'dist/admin/admin/src/translations', ''],
    ['@strapi/content-manager', 'dist/admin/translations', 'content-manager.'],
    ['@strapi/i18n', 'dist/admin/translations', 'i18n.'],
  ] as const;
  return Object.fromEntries(
    packages.flatMap(([pkg, dir, prefix]) =>
      Object.entries(load(pkg, `${dir}/${locale}.json.js`)).map(([key, value]) => [`${prefix}${key}`, value]),
    ),
  );
}

/** The strings of the edit and list views, of validation messages and of the locale switcher. */
const EDITOR_FACING = [
  /^content-manager\.(actions|containers\.(edit|Edit|list|List|EditView)|components\.(RelationInput|DynamicZone)|relation|success|form|popUpWarning\.warning|listView|validation|preview|bulk-publish)\b/,
  /^components\.(Input\.error|Blocks|Wysiwyg)\./,
  /^i18n\.(CMEditView(CopyLocale|BulkLocale|LocalePicker\.locale\.create)|CMListView|Field|actions|list-view)\b/,
  /^app\.utils\./,
];
// Paid features (AI translation, content history) and the dashboard are not on an editor's edit or list view.
const NOT_OURS = /AITranslation|ai-translations|\.history\.|^content-manager\.widget\./;

/** The names of a message's arguments ({count}, {time}), in plural and select branches too. */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal || element.type === TYPE.pound) return [];
    const own = 'value' in element && typeof element.value === 'string' ? [element.value] : [];
    const branches =
      'options' in element
        ? Object.values(element.options).flatMap((option) => argumentsOf(option.value))
        : 'children' in element
          ? argumentsOf(element.children)
          : [];
    return [...own, ...branches];
  });
}

describe('the admin panel in Swedish', () => {
  const en = strapiStrings('en');
  const sv = { ...strapiStrings('sv'), ...ours };

  it('has Swedish for every string of the edit and list views', () => {
    const missing = Object.keys(en).filter(
      (key) => EDITOR_FACING.some((pattern) => pattern.test(key)) && !NOT_OURS.test(key) && !(key in sv),
    );
    expect(missing).toEqual([]);
  });

  it('translates only strings Strapi has, keeping their placeholders', () => {
    const unknown = Object.keys(ours).filter((key) => !(key in en));
    expect(unknown).toEqual([]);
    const placeholders = (text: string) => [...new Set(argumentsOf(parse(text, { ignoreTag: true })))].sort();
    const changed = Object.entries(ours).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(en[key] ?? '').join(),
    );
    expect(changed.map(([key]) => key)).toEqual([]);
  });
});
