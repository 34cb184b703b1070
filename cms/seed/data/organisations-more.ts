import type { SeedOrganisation } from '../types.ts';

/** Organisations the funding calls, consultation responses, trend notes and events need. Invented local names. */
export const moreOrganisations: SeedOrganisation[] = [];
