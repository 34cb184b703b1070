// InstantSearch's search box. The search field is the page's own form (SearchPage.astro: painted
// with the HTML, and without JavaScript it sends `?q=…` to the page); once InstantSearch runs
// (Live.tsx) this takes the form over and draws nothing. Results follow typing, one search once typing
// pauses (DEBOUNCE_MS), not one per keystroke; the button, there for those who expect one, searches at
// once. What was typed while InstantSearch loaded is searched as soon as it runs.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchBox } from 'react-instantsearch';
import { DEBOUNCE_MS, findForm } from './form.ts';

export function SearchBox({ formId }: { formId: string }) {
  const [found] = useState(() => findForm(formId));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const now = useRef(false);
  // What this field last sent: its answer coming back must not undo keys typed since.
  const sent = useRef<string | undefined>(undefined);
  // What the reader typed before the island ran (the field is there from the first paint).
  const typedEarly = useRef(found?.input.value ?? '');
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
  const refineRef = useRef(refine);
  refineRef.current = refine;

  useEffect(() => {
    if (!found) return;
    const { form, input } = found;
    const onInput = () => refineRef.current(input.value);
    const onSubmit = (event: Event) => {
      event.preventDefault();
      now.current = true;
      refineRef.current(input.value);
    };
    input.addEventListener('input', onInput);
    form.addEventListener('submit', onSubmit);
    return () => {
      clearTimeout(timer.current);
      input.removeEventListener('input', onInput);
      form.removeEventListener('submit', onSubmit);
    };
  }, [found]);

  // Keep the field in step when the address gives the query (on arrival, the back button), not when
  // a search this field asked for comes back, nor over what was typed before the island ran.
  useEffect(() => {
    if (!found) return;
    const early = typedEarly.current;
    typedEarly.current = '';
    if (early && early !== query) {
      now.current = true;
      refineRef.current(early);
      return;
    }
    if (query !== sent.current && found.input.value !== query) found.input.value = query;
    sent.current = undefined;
  }, [found, query]);
  return null;
}
