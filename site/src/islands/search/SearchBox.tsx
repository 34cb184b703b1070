// The search field: results follow every keystroke; the button is there for those who expect one.
import { useEffect, useId, useState } from 'react';
import { useSearchBox } from 'react-instantsearch';
import type { T } from './types.ts';

export function SearchBox({ t }: { t: T }) {
  const { query, refine } = useSearchBox();
  const [value, setValue] = useState(query);
  const id = useId();
  // Keep the field in step when the address changes the query (back button).
  useEffect(() => setValue(query), [query]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is not yet a landmark in every screen reader in use
    <form
      className="search-box"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
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
