// The page's search form (SearchPage.astro), which the island takes over, and how long typing must
// pause before a search goes out.

/** How long typing must pause before the search goes out. */
export const DEBOUNCE_MS = 200;

/** The page's search form and its field, or nothing when the page has none. */
export function findForm(formId: string): { form: HTMLFormElement; input: HTMLInputElement } | undefined {
  const form = document.getElementById(formId);
  const input = form instanceof HTMLFormElement ? form.querySelector('input[type="search"]') : null;
  return form instanceof HTMLFormElement && input instanceof HTMLInputElement ? { form, input } : undefined;
}
