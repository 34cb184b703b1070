// getStaticPaths of the network's meeting pages: one per language version of every nätverksträff (in
// a partial build, only those whose inputs changed: src/data/partial.ts).
import type { EntryOf } from '../lib/bank.ts';
import type { Locale } from '../lib/i18n.ts';
import { meetingPageDigest } from '../lib/page-inputs.ts';
import { meetingPath } from '../lib/routes.ts';
import { getBank } from './loaded-bank.ts';
import { selectPages } from './partial.ts';
import { getSnapshots } from './service-status.ts';

export async function meetingStaticPaths(locale: Locale) {
  const [bank, snapshots] = await Promise.all([getBank(), getSnapshots()]);
  return selectPages(
    `meeting-${locale}`,
    bank
      .everyVersion()
      .filter(
        (entry): entry is EntryOf<'event'> =>
          entry.locale === locale && entry.type === 'event' && entry.data.kind === 'nätverksträff',
      )
      .map((meeting) => ({
        path: meetingPath(locale, meeting.data.slug),
        digest: meetingPageDigest({ bank, meeting, snapshots }),
        route: { params: { slug: meeting.data.slug }, props: { meeting } },
      })),
  );
}
