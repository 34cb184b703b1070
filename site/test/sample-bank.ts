// One small bank for the tests of what pages compute from it: two languages, places, national and
// regional entries, funding calls in every status, events and consultation dates.
import { createBank } from '../src/lib/bank.ts';
import {
  AREAS,
  caseStudy,
  consultationResponse,
  event,
  fundingCall,
  method,
  noEntries,
  serviceAreas,
  trendNote,
} from './fixtures.ts';

export const now = new Date('2026-11-26T12:00:00.000Z');

export function sampleBank() {
  const entries = noEntries();
  entries.method.push(
    method({
      caseStudies: [
        {
          documentId: 'c1',
          title: 'Sörsjön',
          slug: 'sorsjon',
          locale: 'sv',
          municipalities: ['2039', '9999'],
          coordinates: null,
        },
      ],
    }),
    method({ documentId: 'm1', locale: 'en', title: 'Village assembly', slug: 'village-assembly', caseStudies: [] }),
    method({
      documentId: 'm2',
      title: 'Åkeriet som blev bybuss',
      slug: 'akeriet',
      publishedAt: '2026-07-01T10:00:00.000Z',
      serviceAreas: [AREAS.drivmedel],
    }),
    method({ documentId: 'm3', locale: 'en', title: 'Only in English', slug: 'only-in-english' }),
  );
  entries['case-study'].push(
    caseStudy(),
    caseStudy({ documentId: 'c2', slug: 'mora', title: 'Mora', municipalities: ['2062', '2039'] }),
  );
  entries['funding-call'].push(
    fundingCall({ documentId: 'open-late', slug: 'open-late', deadline: '2027-03-31T21:59:00.000Z' }),
    fundingCall({
      documentId: 'open-soon',
      slug: 'open-soon',
      deadline: '2026-12-01T21:59:00.000Z',
      geography: 'nationell',
      counties: [],
    }),
    fundingCall({
      documentId: 'coming',
      slug: 'coming',
      opensAt: '2027-01-10T08:00:00.000Z',
      deadline: '2027-02-28T21:59:00.000Z',
    }),
    fundingCall({
      documentId: 'closed',
      slug: 'closed',
      opensAt: '2026-01-01T08:00:00.000Z',
      deadline: '2026-06-30T21:59:00.000Z',
    }),
  );
  entries['consultation-response'].push(consultationResponse({ consultationDeadline: '2027-01-15' }));
  entries['trend-note'].push(trendNote(), trendNote({ documentId: 't2', slug: 't2', region: ['20', '23'] }));
  entries.event.push(
    event(),
    event({ documentId: 'e2', slug: 'past', startsAt: '2026-10-01T08:00:00.000Z', endsAt: '2026-10-01T12:00:00.000Z' }),
  );
  return createBank({ entries, serviceAreas, now });
}
