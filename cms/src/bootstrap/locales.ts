import { DEFAULT_LOCALE, LOCALES } from '@skb/content-types';
import type { Core } from '@strapi/strapi';

const LOCALE_NAMES: Record<string, string> = { sv: 'Svenska (sv)', en: 'English (en)' };

/** Swedish is the default locale and English the second; Strapi's initial `en` default is kept as a locale. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await locales.find();
  for (const code of LOCALES) {
    if (!existing.some((locale) => locale.code === code)) {
      await locales.create({ code, name: LOCALE_NAMES[code] ?? code });
    }
  }
  const current = await locales.getDefaultLocale();
  if (current !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
