// The search page: results as you type, highlighted, with facet counts, the state in the address,
// and clear messages when nothing matches or the search cannot be reached. The search form is the
// page's own (SearchPage.astro).
//
// In two steps, so that a phone is not kept busy while the page loads: this island asks Meilisearch
// (search-only key) for the first answer itself, with one fetch, and draws it: facets and results
// together, so nothing on the screen moves. InstantSearch (search/Live.tsx: react-instantsearch on
// Preact's compatibility layer, with its Meilisearch adapter, most of the page's script) loads only
// when the reader does something: types (once typing pauses), chooses or removes a filter, submits,
// or goes back. What they did goes into the address, from which InstantSearch starts; it draws its
// view hidden and takes over once its first answer is in. A page of results further on is an
// ordinary link until then.
import { type ComponentType, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { islandTranslator } from '../lib/island-text.ts';
import {
  FACET_ATTRIBUTES,
  type FacetAttribute,
  parseSearchQueryString,
  type SearchState,
  searchQueryString,
} from '../lib/search-url.ts';
import { FacetList } from './search/Facets.tsx';
import { FACET_LIMIT, FACET_SHOW_MORE_LIMIT, type FirstAnswer, firstAnswer } from './search/first-answer.ts';
import { DEBOUNCE_MS, findForm } from './search/form.ts';
import type { LiveProps } from './search/Live.tsx';
import { Results } from './search/Results.tsx';
import { FACET_LEGENDS, SearchLayout } from './search/SearchLayout.tsx';
import type { Refinement, SearchProps, T } from './search/types.ts';
import { BrowseLinks, Unavailable } from './search/Unavailable.tsx';

export type { SearchProps } from './search/types.ts';

type LiveView = ComponentType<LiveProps>;

/** InstantSearch's part, fetched once: on the first keystroke, so it is there when typing pauses. */
let live: Promise<LiveView> | undefined;
function loadLive(): Promise<LiveView> {
  live ??= import('./search/Live.tsx').then(
    (module) => module.default,
    (error: unknown) => {
      live = undefined;
      throw error;
    },
  );
  return live;
}

/** Puts a state into the address (a new history entry), unless it is there already. */
function toAddress(state: SearchState, locale: 'sv' | 'en'): void {
  const url = `${window.location.pathname}${searchQueryString(state, locale)}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
}

export default function Search(props: SearchProps) {
  const t = useMemo(() => islandTranslator(props.text, props.locale), [props.text, props.locale]);
  if (!props.apiKey) return <Unavailable t={t} browse={props.browse} />;
  return <FirstThenLive props={props} t={t} />;
}

interface First {
  /** The state the first answer is for. */
  state: SearchState;
  /** What the reader has chosen since, on its way to InstantSearch. */
  next?: SearchState;
  answer?: FirstAnswer;
  failed?: boolean;
}

function FirstThenLive({ props, t }: { props: SearchProps; t: T }) {
  const [first, setFirst] = useState<First>();
  const [Live, setLive] = useState<LiveView>();
  const [liveShown, setLiveShown] = useState(false);
  // The facets the reader opened with "show more" in the first view stay open in InstantSearch's.
  const [expanded, setExpanded] = useState<ReadonlySet<FacetAttribute>>(new Set());
  const state = useRef<SearchState>({ query: '', refinements: {}, page: 1 });
  const goingLive = useRef(false);
  const firstView = useRef<HTMLDivElement>(null);
  const liveView = useRef<HTMLDivElement>(null);
  const focused = useRef<string | null>(null);

  /** Hands over to InstantSearch, at `next` (put into the address), or at the address as it is. */
  const goLive = useCallback((next?: SearchState) => {
    if (goingLive.current) return;
    goingLive.current = true;
    if (next) setFirst((current) => current && { ...current, next });
    loadLive().then(
      (view) => setLive(() => view),
      () => {
        // Not loaded (the connection dropped): the first view stays, and the next action tries again.
        goingLive.current = false;
      },
    );
  }, []);

  // Once, when the island starts (an island's props never change).
  useEffect(() => {
    const found = findForm(props.formId);
    const fromAddress = parseSearchQueryString(window.location.search, props.locale);
    const typed = found?.input.value ?? '';
    // What was typed before the island ran is searched; else the field shows the address's query.
    if (typed && typed !== fromAddress.query) state.current = { ...fromAddress, query: typed, page: 1 };
    else {
      state.current = fromAddress;
      if (found && !typed) found.input.value = fromAddress.query;
    }
    const asked = state.current;
    setFirst({ state: asked });
    const controller = new AbortController();
    firstAnswer(props, asked, controller.signal).then(
      (answer) => {
        setFirst((current) => ({ ...current, state: asked, answer }));
        toAddress(asked, props.locale);
      },
      () => {
        if (!controller.signal.aborted) setFirst((current) => ({ ...current, state: asked, failed: true }));
      },
    );

    let timer: ReturnType<typeof setTimeout> | undefined;
    const typedQuery = (): SearchState => ({ ...state.current, query: found?.input.value ?? '', page: 1 });
    const onInput = () => {
      if (goingLive.current) return;
      loadLive().catch(() => {});
      clearTimeout(timer);
      timer = setTimeout(() => goLive(typedQuery()), DEBOUNCE_MS);
    };
    const onSubmit = (event: Event) => {
      // InstantSearch's own search box takes the form over once it runs; until then, this one.
      event.preventDefault();
      clearTimeout(timer);
      goLive(typedQuery());
    };
    const onBack = () => goLive();
    found?.input.addEventListener('input', onInput);
    found?.form.addEventListener('submit', onSubmit);
    window.addEventListener('popstate', onBack);
    return () => {
      controller.abort();
      clearTimeout(timer);
      found?.input.removeEventListener('input', onInput);
      found?.form.removeEventListener('submit', onSubmit);
      window.removeEventListener('popstate', onBack);
    };
  }, []);

  const onAnswered = useCallback(() => {
    // The address follows what is shown, as InstantSearch's own router would have written it.
    if (first?.next) toAddress(first.next, props.locale);
    // Where the reader was (a checkbox they just ticked) is found again in InstantSearch's view.
    const active = document.activeElement;
    focused.current = firstView.current?.contains(active) ? (active?.getAttribute('data-focus') ?? null) : null;
    setLiveShown(true);
  }, [first?.next, props.locale]);
  useEffect(() => {
    if (!liveShown || !focused.current) return;
    const again = liveView.current?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused.current)}"]`);
    again?.focus();
  }, [liveShown]);

  return (
    <>
      {!liveShown && (
        <div ref={firstView}>
          <FirstView first={first} props={props} t={t} goLive={goLive} expanded={expanded} setExpanded={setExpanded} />
        </div>
      )}
      {Live && (
        <div ref={liveView} hidden={!liveShown}>
          <Live props={props} t={t} start={first?.next} expanded={expanded} onAnswered={onAnswered} />
        </div>
      )}
    </>
  );
}

/** The first answer, drawn as InstantSearch draws its answers; what the reader does hands over to it. */
function FirstView({
  first,
  props,
  t,
  goLive,
  expanded,
  setExpanded,
}: {
  first: First | undefined;
  props: SearchProps;
  t: T;
  goLive: (next: SearchState) => void;
  expanded: ReadonlySet<FacetAttribute>;
  setExpanded: (change: (current: ReadonlySet<FacetAttribute>) => ReadonlySet<FacetAttribute>) => void;
}) {
  if (!first || (!first.answer && !first.failed))
    return (
      <div>
        <p className="muted">{t('loading')}</p>
        <BrowseLinks links={props.browse} />
      </div>
    );
  const { state, answer } = first;
  // A box the reader ticks stays ticked while InstantSearch loads.
  const shown = first.next ?? state;
  const chosen = (attribute: FacetAttribute) => shown.refinements[attribute] ?? [];
  const withRefinements = (refinements: SearchState['refinements']): SearchState => ({
    ...state,
    refinements,
    page: 1,
  });
  const toggle = (attribute: FacetAttribute, value: string) => {
    const values = chosen(attribute);
    goLive(
      withRefinements({
        ...shown.refinements,
        [attribute]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
      }),
    );
  };
  const remove = ({ attribute, value }: Refinement) =>
    goLive(withRefinements({ ...shown.refinements, [attribute]: chosen(attribute).filter((v) => v !== value) }));
  return (
    <SearchLayout
      t={t}
      facets={FACET_ATTRIBUTES.map((attribute) => {
        const all = (answer?.facets[attribute] ?? []).map((item) => ({
          ...item,
          isRefined: chosen(attribute).includes(item.value),
        }));
        const more = expanded.has(attribute);
        return (
          <FacetList
            key={attribute}
            attribute={attribute}
            legend={t(FACET_LEGENDS[attribute])}
            labels={props.labels[attribute]}
            items={all.slice(0, more ? FACET_SHOW_MORE_LIMIT : FACET_LIMIT)}
            canToggleShowMore={all.length > FACET_LIMIT}
            isShowingMore={more}
            onToggle={(value) => toggle(attribute, value)}
            onToggleShowMore={() =>
              setExpanded((current) => {
                const next = new Set(current);
                if (!next.delete(attribute)) next.add(attribute);
                return next;
              })
            }
            t={t}
          />
        );
      })}
      results={
        <Results
          model={
            answer?.results ?? {
              hits: [],
              total: 0,
              query: state.query,
              refinements: [],
              page: 0,
              nbPages: 0,
              idle: true,
              failed: true,
            }
          }
          actions={{
            onRemove: remove,
            onClear: () => goLive(withRefinements({})),
            pageUrl: (page) =>
              `${window.location.pathname}${searchQueryString({ ...state, page: page + 1 }, props.locale)}`,
          }}
          props={props}
          t={t}
        />
      }
    />
  );
}
