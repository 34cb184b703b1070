import { findMunicipality, type Method } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf } from './common.ts';

/** A method (metod): its steps, prerequisites and sources are text; the places of its case studies are searchable. */
export function methodDocument(entry: Method): SearchDocument {
  return searchDocumentOf('method', entry, {
    texts: [
      markdownToText(entry.body),
      ...entry.steps.flatMap((step) => [step.title, markdownToText(step.body)]),
      markdownToText(entry.prerequisites),
      entry.timeNeeded,
      ...entry.sources.map((source) => source.label),
    ],
    places: entry.caseStudies.flatMap((caseStudy) =>
      caseStudy.municipalities.map((code) => findMunicipality(code)?.shortName),
    ),
    actorLevels: entry.actorLevels,
    evidence: entry.evidence,
    effort: entry.effort,
    cost: entry.cost,
  });
}
