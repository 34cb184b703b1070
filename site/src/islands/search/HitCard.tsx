// One result: type, highlighted title linking to the entry, the facts that matter for its type,
// highlighted summary, and a snippet of the text where the words matched.
import type { ReactNode } from 'react';
import { hasMark, Marked } from './Marked.tsx';
import type { Hit, SearchProps, T } from './types.ts';

export function HitCard({ hit, props, t }: { hit: Hit; props: SearchProps; t: T }) {
  const { labels } = props;
  const places = (
    hit.municipalities?.length
      ? hit.municipalities.map((c) => labels.municipalities[c] ?? c)
      : (hit.counties ?? []).map((c) => labels.counties[c] ?? c)
  ).join(', ');
  const facts: ReactNode[] = [];
  if (hit.status) facts.push(labels.status[hit.status] ?? hit.status);
  // The date comes written out by the indexer (see `dateText` in content-types' search document): a
  // date format made here, with its time zone, was the longest task of the page on a phone.
  if (hit.type === 'funding-call' && hit.dateText) facts.push(t('hit.deadline', { date: hit.dateText }));
  if (hit.type === 'event' && hit.dateText) facts.push(hit.dateText);
  if (places) facts.push(places);
  return (
    <article className="card hit">
      <p className="type-label">{labels.type[hit.type] ?? hit.type}</p>
      <h3>
        <a href={hit.url}>
          <Marked text={hit.marked?.title ?? hit.title ?? ''} />
        </a>
      </h3>
      {facts.length > 0 && <p className="meta">{facts.join(' · ')}</p>}
      <p>
        <Marked text={hit.marked?.summary ?? hit.summary ?? ''} />
      </p>
      {/* The snippet only where the words matched in the text. */}
      {hasMark(hit.marked?.text) && (
        <p className="muted">
          <Marked text={hit.marked?.text ?? ''} />
        </p>
      )}
    </article>
  );
}
