// The helpdesk form's rules, the same as the CMS applies (content-types' `questionFields`): a name
// of at most 120 characters, a valid e-mail address of at most 254, an optional known municipality,
// a question of at most 4,000 characters, and consent. A test checks that these rules and the zod
// schema agree, so the reader sees the server's verdict before sending. No zod here: this runs in
// the browser.

export const QUESTION_LIMITS = { name: 120, email: 254, question: 4000 } as const;

// The pattern zod's z.email() uses (zod/v4/core regexes.email).
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export type QuestionField = 'name' | 'email' | 'municipality' | 'question' | 'consent';
export const QUESTION_FIELDS: readonly QuestionField[] = ['name', 'email', 'municipality', 'question', 'consent'];

export interface QuestionFormValues {
  name: string;
  email: string;
  /** An SCB code, or '' for none. */
  municipality: string;
  question: string;
  consent: boolean;
  /** Honeypot: people leave it empty. */
  website: string;
}

/** What is wrong with a field: the key of its message (`name.required`, `email.invalid`…). */
export type QuestionProblems = Partial<Record<QuestionField, string>>;

/** The problems with the values, per field; empty when the form can be sent. */
export function questionProblems(
  values: QuestionFormValues,
  knownMunicipality: (code: string) => boolean,
): QuestionProblems {
  const problems: QuestionProblems = {};
  const name = values.name.trim();
  if (!name) problems.name = 'name.required';
  else if (name.length > QUESTION_LIMITS.name) problems.name = 'name.tooLong';
  const email = values.email.trim();
  if (!email) problems.email = 'email.required';
  else if (email.length > QUESTION_LIMITS.email || !EMAIL.test(email)) problems.email = 'email.invalid';
  if (values.municipality && !knownMunicipality(values.municipality)) problems.municipality = 'municipality.unknown';
  const question = values.question.trim();
  if (!question) problems.question = 'question.required';
  else if (question.length > QUESTION_LIMITS.question) problems.question = 'question.tooLong';
  if (values.consent !== true) problems.consent = 'consent.required';
  return problems;
}

/** The JSON body the CMS expects. */
export function questionPayload(values: QuestionFormValues) {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    ...(values.municipality ? { municipality: values.municipality } : {}),
    question: values.question.trim(),
    consent: values.consent,
    website: values.website,
  };
}

/** Field errors from the CMS's 400 answer (`error.details.errors[].path[0]`), by field. */
export function serverProblems(body: unknown): Partial<Record<QuestionField, string>> {
  const errors = (body as { error?: { details?: { errors?: unknown } } } | null)?.error?.details?.errors;
  const problems: Partial<Record<QuestionField, string>> = {};
  if (!Array.isArray(errors)) return problems;
  for (const error of errors) {
    const field = (error as { path?: unknown[] })?.path?.[0];
    const message = (error as { message?: unknown })?.message;
    if (
      typeof field === 'string' &&
      (QUESTION_FIELDS as readonly string[]).includes(field) &&
      typeof message === 'string'
    ) {
      problems[field as QuestionField] ??= message;
    }
  }
  return problems;
}
