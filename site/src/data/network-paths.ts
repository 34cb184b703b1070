// getStaticPaths of the network's meeting pages: one per language version of every nätverksträff.
import type { EntryOf } from '../lib/bank.ts';
import type { Locale } from '../lib/i18n.ts';
import { getBank } from './loaded-bank.ts';

export async function meetingStaticPaths(locale: Locale) {
  const bank = await getBank();
  return bank
    .everyVersion()
    .filter(
      (entry): entry is EntryOf<'event'> =>
        entry.locale === locale && entry.type === 'event' && entry.data.kind === 'nätverksträff',
    )
    .map((meeting) => ({ params: { slug: meeting.data.slug }, props: { meeting } }));
}
