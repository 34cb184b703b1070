// Settings from environment variables, checked by a zod schema per package (the indexer's here, the
// stack's in scripts/stack/config.ts; the site's in site/src/config/env.ts): each variable with its
// type and default, and a bad value refused with one line that names the variable, in Swedish and
// English. An empty or blank variable counts as unset, as in .env files.
import { z } from 'zod';
import { ConfigError } from './errors.ts';

const NUMBER = /^\d+$/;

/** A whole number of at least `min` (and at most `max`). */
export function wholeNumber(fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `${min}–${max}`;
  const error = `ska vara ett heltal ${range} / must be a whole number ${range}`;
  return z
    .string()
    .regex(NUMBER, { error })
    .transform(Number)
    .pipe(z.number().int({ error }).min(min, { error }).max(max, { error }))
    .default(fallback);
}

/** A TCP port. */
export const port = (fallback: number) => wholeNumber(fallback, 1, 65_535);

/** An http(s) address without a trailing slash. */
export const httpUrl = (example: string) =>
  z
    .url({
      protocol: /^https?$/,
      error: `ska vara en http(s)-adress som ${example} / must be an http(s) address like ${example}`,
    })
    .transform((url) => url.replace(/\/+$/, ''));

/** One of `values`. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const list = values.map((value) => `"${value}"`).join(', ');
  return z.enum(values, { error: `ska vara ett av / must be one of ${list}` });
}

/** Text matching `pattern`; `error` says what fits, in Swedish and English. */
export const matching = (pattern: RegExp, error: string) => z.string().regex(pattern, { error });

/** Any text. */
export const text = () => z.string();

/**
 * The settings `shape` describes, read from `env`: blank values count as unset, defaults fill in,
 * and the first variable that does not fit throws a ConfigError naming it.
 */
export function readSettings<S extends z.ZodRawShape>(shape: S, env: Record<string, string | undefined>) {
  const schema = z.object(shape);
  const picked: Record<string, string | undefined> = {};
  for (const name of Object.keys(shape)) {
    const value = env[name]?.trim();
    picked[name] = value ? value : undefined;
  }
  const result = schema.safeParse(picked);
  if (!result.success) {
    const issue = result.error.issues[0] as z.core.$ZodIssue;
    const name = String(issue.path[0]);
    throw new ConfigError(name, `${issue.message}, inte / not "${picked[name]}"`);
  }
  return result.data;
}
