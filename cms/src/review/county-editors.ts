import { counties as COUNTIES, isCountyCode } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const COUNTY_EDITOR_UID = 'api::county-editor.county-editor';

/** The counties (SCB codes) of the Länsredaktör with this e-mail address; none when they have no row. */
export async function countiesOfEditor(strapi: Core.Strapi, email: string): Promise<string[]> {
  if (!email) return [];
  const row = (await strapi.db.query(COUNTY_EDITOR_UID).findOne({ where: { email: email.trim().toLowerCase() } })) as {
    counties?: unknown;
  } | null;
  return Array.isArray(row?.counties) ? row.counties.filter(isCountyCode) : [];
}

/** The Swedish error for a county list that is not a list of county codes. */
export function countyListIssue(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return 'Ange minst ett län som en lista med länskoder, t.ex. ["24"]';
  const wrong = value.filter((code) => !isCountyCode(code));
  if (wrong.length > 0) {
    return `Okänd länskod: ${wrong.map(String).join(', ')}. Giltiga koder: ${COUNTIES.map((c) => c.code).join(', ')}`;
  }
  return null;
}

/** Document Service middleware: a county-editor row gets a lower-case e-mail and valid county codes. */
export function registerCountyEditorValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== COUNTY_EDITOR_UID || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data ?? {};
    if (typeof data.email === 'string') data.email = data.email.trim().toLowerCase();
    if ('counties' in data || context.action === 'create') {
      const issue = countyListIssue(data.counties);
      if (issue) {
        throw new errors.ValidationError(issue, {
          errors: [{ path: ['counties'], message: issue, name: 'ValidationError', value: undefined }],
        });
      }
    }
    return next();
  });
}
