// The places of a project, network or advocacy action: municipalities and counties as SCB codes,
// declared like a case study's, with the editors' place pickers.
import { z } from 'zod';
import { countyCode, municipalityCode } from '../fields.ts';
import { pickList } from '../strapi/attributes.ts';

const distinct = (codes: readonly string[]) => new Set(codes).size === codes.length;
/** Strapi stores an empty JSON field as null; to the model that is an empty list. */
const emptyWhenNull = (value: unknown) => value ?? [];

/** SCB codes of the municipalities; empty when the entry is not tied to any. */
export const municipalityList = z.preprocess(
  emptyWhenNull,
  z.array(municipalityCode).refine(distinct, { error: 'Samma kommun står två gånger' }),
);

/** SCB codes of the counties; empty when the entry is not tied to any. */
export const countyList = z.preprocess(
  emptyWhenNull,
  z.array(countyCode).refine(distinct, { error: 'Samma län står två gånger' }),
);

/** The Strapi attributes of those two fields. */
export const placeAttributes = { municipalities: pickList('municipalities'), counties: pickList('counties') } as const;
