// The search field: results follow typing, one search once typing pauses (DEBOUNCE_MS), not one per
// keystroke; the button, there for those who expect one, searches at once.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useSearchBox } from 'react-instantsearch';
import type { T } from './types.ts';

/** How long typing must pause before the search goes out. */
export const DEBOUNCE_MS = 200;

export function SearchBox({ t }: { t: T }) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const now = useRef(false);
  // What this field last sent: its answer coming back must not undo keys typed since.
  const sent = useRef<string | undefined>(undefined);
  // Stable across renders: a new hook each render would remount the widget, and loop.
  const queryHook = useCallback((next: string, search: (value: string) => void) => {
    const send = () => {
      sent.current = next;
      search(next);
    };
    clearTimeout(timer.current);
    if (now.current) {
      now.current = false;
      send();
    } else timer.current = setTimeout(send, DEBOUNCE_MS);
  }, []);
  const { query, refine } = useSearchBox({ queryHook });
  useEffect(() => () => clearTimeout(timer.current), []);
  const [value, setValue] = useState(query);
  const id = useId();
  // Keep the field in step when the address changes the query (back button), not when a search
  // this field asked for comes back.
  useEffect(() => {
    if (query !== sent.current) setValue(query);
    sent.current = undefined;
  }, [query]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is not yet a landmark in every screen reader in use
    <form
      className="search-box"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        now.current = true;
        refine(value);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={t('placeholder')}
        autoComplete="off"
        spellCheck={false}
        maxLength={256}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          refine(event.currentTarget.value);
        }}
      />
      <button type="submit">{t('submit')}</button>
      <p id={`${id}-hint`} className="visually-hidden">
        {t('hint')}
      </p>
    </form>
  );
}
