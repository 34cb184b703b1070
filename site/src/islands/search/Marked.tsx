// Text with Meilisearch's marks around the words that matched, shown with <mark>.
import { Fragment } from 'react';
import { MARK } from './first-answer.ts';

export function Marked({ text }: { text: string }) {
  const [before, ...rest] = text.split(MARK.pre);
  return (
    <>
      {before}
      {rest.map((part, i) => {
        const [marked = '', after = ''] = part.split(MARK.post);
        return (
          <Fragment key={i}>
            <mark>{marked}</mark>
            {after}
          </Fragment>
        );
      })}
    </>
  );
}

/** Whether a text has a match marked in it. */
export const hasMark = (text: string | undefined) => Boolean(text?.includes(MARK.pre));
