// The helpdesk form: checks the answers as the CMS will (lib/helpdesk.ts), lists what is wrong at
// the top and beside each field, sends JSON to the CMS and shows its answer: received, field errors
// from the server, too many questions, or a failure to reach it.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import {
  QUESTION_FIELDS,
  QUESTION_LIMITS,
  type QuestionField,
  type QuestionFormValues,
  questionPayload,
  questionProblems,
  serverProblems,
} from '../lib/helpdesk.ts';
import { type IslandText, islandTranslator } from '../lib/island-text.ts';

export interface HelpdeskFormProps {
  locale: 'sv' | 'en';
  /** `POST` address of the CMS's helpdesk. */
  endpoint: string;
  text: IslandText;
  /** Municipalities by county, for the select. */
  counties: { name: string; municipalities: { code: string; name: string }[] }[];
}

type Sent = 'idle' | 'sending' | 'sent' | 'rate-limited' | 'failed';

const EMPTY: QuestionFormValues = { name: '', email: '', municipality: '', question: '', consent: false, website: '' };

/** One question of the form: its label, an optional hint, what is wrong with the answer, and the control. */
function Field(props: { control: string; label: string; hint?: string; error: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.control}>{props.label}</label>
      {props.hint !== undefined && (
        <span id={`${props.control}-hint`} className="hint">
          {props.hint}
        </span>
      )}
      {props.error}
      {props.children}
    </div>
  );
}

export default function HelpdeskForm({ locale, endpoint, text, counties }: HelpdeskFormProps) {
  const t = islandTranslator(text, locale);
  const id = useId();
  const [values, setValues] = useState<QuestionFormValues>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<QuestionField, string>>>({});
  const [fromServer, setFromServer] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [sent, setSent] = useState<Sent>('idle');
  const [focusTick, setFocusTick] = useState(0);
  // The server-rendered form cannot send anything; it comes alive once this island has loaded.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const summaryRef = useRef<HTMLElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const known = new Set(counties.flatMap((county) => county.municipalities.map((m) => m.code)));

  // The accessibility statement links here with ?om=tillganglighet: start the question for them.
  const prefill = text['prefill.accessibility'] ?? '';
  useEffect(() => {
    const topic = new URLSearchParams(window.location.search).get(locale === 'sv' ? 'om' : 'about');
    if (topic === (locale === 'sv' ? 'tillganglighet' : 'accessibility')) {
      setValues((current) => (current.question ? current : { ...current, question: prefill }));
    }
  }, [locale, prefill]);

  useEffect(() => {
    if (focusTick === 0) return;
    if (sent === 'sent' || sent === 'rate-limited' || sent === 'failed') statusRef.current?.focus();
    else summaryRef.current?.focus();
  }, [focusTick, sent]);

  const messageFor = (field: QuestionField) => {
    const problem = problems[field];
    if (!problem) return undefined;
    return fromServer
      ? problem
      : t(`error.${problem}`, { max: QUESTION_LIMITS[field as keyof typeof QUESTION_LIMITS] ?? 0 });
  };

  const update = <K extends keyof QuestionFormValues>(field: K, value: QuestionFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // After a first try, errors follow the answers as they are corrected.
    if (attempted && !fromServer) setProblems(questionProblems(next, (code) => known.has(code)));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const found = questionProblems(values, (code) => known.has(code));
    setFromServer(false);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setSent('idle');
      setFocusTick((n) => n + 1);
      return;
    }
    setSent('sending');
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(questionPayload(values)),
      });
      if (response.status === 201 || response.ok) {
        setSent('sent');
        setValues(EMPTY);
        setAttempted(false);
      } else if (response.status === 429) {
        setSent('rate-limited');
      } else if (response.status === 400) {
        const server = serverProblems(await response.json().catch(() => null));
        if (Object.keys(server).length === 0) setSent('failed');
        else {
          setFromServer(true);
          setProblems(server);
          setSent('idle');
        }
      } else {
        setSent('failed');
      }
    } catch {
      setSent('failed');
    }
    setFocusTick((n) => n + 1);
  }

  if (sent === 'sent') {
    return (
      <div className="notice" role="status" tabIndex={-1} ref={statusRef}>
        <h2>{t('sent.title')}</h2>
        <p>{t('sent.body')}</p>
        <p>
          <button type="button" className="secondary" onClick={() => setSent('idle')}>
            {t('sent.again')}
          </button>
        </p>
      </div>
    );
  }

  const invalid = QUESTION_FIELDS.filter((field) => problems[field]);
  const describedBy = (field: QuestionField, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : '', problems[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  /** What every control of the form carries: its id and name, and how it is described and marked. */
  const control = (field: QuestionField, options: { hint?: boolean; required?: boolean } = {}) => ({
    id: `${id}-${field}`,
    name: field,
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': describedBy(field, options.hint),
    'aria-required': options.required ? ('true' as const) : undefined,
  });
  const error = (field: QuestionField) =>
    problems[field] ? (
      <span id={`${id}-${field}-error`} className="field-error">
        <span className="visually-hidden">{t('error.prefix')} </span>
        {fromServer && locale === 'en' ? <span lang="sv">{messageFor(field)}</span> : messageFor(field)}
      </span>
    ) : null;

  return (
    <form noValidate method="post" onSubmit={submit} aria-describedby={`${id}-required`}>
      {(sent === 'rate-limited' || sent === 'failed') && (
        <div className="notice warning" role="alert" tabIndex={-1} ref={statusRef}>
          <p>{sent === 'rate-limited' ? t('rateLimited') : t('failed')}</p>
        </div>
      )}
      {invalid.length > 0 && (
        <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`}>{t('summary.title', { count: invalid.length })}</h2>
          <ul>
            {invalid.map((field) => (
              <li key={field}>
                <a href={`#${id}-${field}`}>{messageFor(field)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p id={`${id}-required`} className="muted">
        {t('required')}
      </p>
      <Field control={`${id}-name`} label={t('name.label')} error={error('name')}>
        <input
          {...control('name', { required: true })}
          type="text"
          autoComplete="name"
          value={values.name}
          onChange={(event) => update('name', event.currentTarget.value)}
        />
      </Field>
      <Field control={`${id}-email`} label={t('email.label')} hint={t('email.hint')} error={error('email')}>
        <input
          {...control('email', { hint: true, required: true })}
          type="email"
          autoComplete="email"
          inputMode="email"
          value={values.email}
          onChange={(event) => update('email', event.currentTarget.value)}
        />
      </Field>
      <Field
        control={`${id}-municipality`}
        label={t('municipality.label')}
        hint={t('municipality.hint')}
        error={error('municipality')}
      >
        <select
          {...control('municipality', { hint: true })}
          value={values.municipality}
          onChange={(event) => update('municipality', event.currentTarget.value)}
        >
          <option value="">{t('municipality.none')}</option>
          {counties.map((county) => (
            <optgroup key={county.name} label={county.name}>
              {county.municipalities.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field
        control={`${id}-question`}
        label={t('question.label')}
        hint={t('question.hint', { max: QUESTION_LIMITS.question })}
        error={error('question')}
      >
        <textarea
          {...control('question', { hint: true, required: true })}
          rows={8}
          value={values.question}
          onChange={(event) => update('question', event.currentTarget.value)}
        />
        <span className="hint" aria-hidden="true">
          {t('question.count', { count: values.question.trim().length, max: QUESTION_LIMITS.question })}
        </span>
      </Field>
      <div className="field">
        {error('consent')}
        <div className="checkbox">
          <input
            {...control('consent', { required: true })}
            type="checkbox"
            checked={values.consent}
            onChange={(event) => update('consent', event.currentTarget.checked)}
          />
          <label htmlFor={`${id}-consent`}>{t('consent.label')}</label>
        </div>
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`${id}-website`}>{t('honeypot')}</label>
        <input
          id={`${id}-website`}
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={values.website}
          onChange={(event) => update('website', event.currentTarget.value)}
        />
      </div>
      <button type="submit" disabled={!ready || sent === 'sending'}>
        {sent === 'sending' ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
