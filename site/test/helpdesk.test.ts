// The form says what the CMS will say: its rules agree with content-types' questionFields, the
// schema the CMS validates questions with.
import { isMunicipalityCode, questionFields } from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import { type QuestionFormValues, questionPayload, questionProblems, serverProblems } from '../src/lib/helpdesk.ts';

const valid: QuestionFormValues = {
  name: 'Anna Andersson',
  email: 'anna@byalaget.se',
  municipality: '2039',
  question: 'Hur startar vi ett paketombud i byn?',
  consent: true,
  website: '',
};

const formSchema = questionFields.pick({ name: true, email: true, municipality: true, question: true, consent: true });

/** The fields the server would refuse, by zod. */
function serverRefuses(values: QuestionFormValues): string[] {
  const payload = questionPayload(values);
  const result = formSchema.safeParse({ ...payload, municipality: payload.municipality ?? null });
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => String(issue.path[0])))].sort();
}

const cases: [string, Partial<QuestionFormValues>][] = [
  ['a valid question', {}],
  ['no municipality', { municipality: '' }],
  ['an empty name', { name: '' }],
  ['a name of spaces', { name: '   ' }],
  ['a name of 120 characters', { name: 'a'.repeat(120) }],
  ['a name of 121 characters', { name: 'a'.repeat(121) }],
  ['an empty e-mail', { email: '' }],
  ['an e-mail without @', { email: 'anna.byalaget.se' }],
  ['an e-mail without a domain', { email: 'anna@' }],
  ['an e-mail with a one-letter top domain', { email: 'anna@byalaget.s' }],
  ['an e-mail with spaces around it', { email: '  anna@byalaget.se ' }],
  ['an e-mail with a plus', { email: 'anna+helpdesk@byalaget.se' }],
  ['an e-mail with two dots', { email: 'anna..a@byalaget.se' }],
  ['an e-mail with å', { email: 'åsa@byalaget.se' }],
  ['an e-mail of 255 characters', { email: `${'a'.repeat(243)}@byalaget.se` }],
  ['an unknown municipality', { municipality: '9999' }],
  ['an empty question', { question: ' ' }],
  ['a question of 4000 characters', { question: 'x'.repeat(4000) }],
  ['a question of 4001 characters', { question: 'x'.repeat(4001) }],
  ['no consent', { consent: false }],
  ['everything wrong', { name: '', email: 'x', municipality: '1', question: '', consent: false }],
];

describe('helpdesk form rules', () => {
  it.each(cases)('agree with the CMS on %s', (_name, change) => {
    const values = { ...valid, ...change };
    const client = Object.keys(questionProblems(values, isMunicipalityCode)).sort();
    expect(client).toEqual(serverRefuses(values));
  });

  it('names the problem so the message can say what to do', () => {
    expect(questionProblems({ ...valid, email: 'x', consent: false }, isMunicipalityCode)).toEqual({
      email: 'email.invalid',
      consent: 'consent.required',
    });
  });

  it('sends trimmed values, no empty municipality, and the honeypot as it is', () => {
    expect(questionPayload({ ...valid, name: ' Anna ', municipality: '', website: '' })).toEqual({
      name: 'Anna',
      email: 'anna@byalaget.se',
      question: 'Hur startar vi ett paketombud i byn?',
      consent: true,
      website: '',
    });
  });

  it('reads field errors from the CMS answer', () => {
    const body = {
      error: {
        message: 'email: Ange en giltig e-postadress',
        details: {
          errors: [
            { path: ['email'], message: 'Ange en giltig e-postadress' },
            { path: ['(body)'], message: 'x' },
          ],
        },
      },
    };
    expect(serverProblems(body)).toEqual({ email: 'Ange en giltig e-postadress' });
    expect(serverProblems(null)).toEqual({});
  });
});
