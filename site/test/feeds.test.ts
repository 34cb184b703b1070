// The writers of RSS, iCalendar and CSV keep whatever is in an entry: quotes, ampersands, line breaks,
// commas, control characters, and text a spreadsheet would run as a formula. RSS and iCalendar are
// read back with real parsers (rss-parser, ical.js), as feed readers and calendars would.

import ICAL from 'ical.js';
import RssParser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { csv, csvField } from '../src/lib/feeds/csv.ts';
import { ical } from '../src/lib/feeds/ical.ts';
import { rss } from '../src/lib/feeds/rss.ts';
import { escapeXml } from '../src/lib/feeds/xml.ts';

describe('XML escaping', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml('<a href="x">Tom & Jerry\'s</a>\u0007')).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});

describe('RSS', () => {
  const feed = () =>
    rss({
      title: 'Servicekunskapsbanken: <allt> & "nytt"',
      link: 'https://skb.example/',
      self: 'https://skb.example/rss.xml',
      description: 'Beskrivning\u0007',
      language: 'sv-SE',
      built: new Date('2026-11-26T12:00:00Z'),
      items: [
        {
          title: 'Bygdens butik </title><script>\u0000',
          link: 'https://skb.example/metoder/a/?x=1&y=2',
          description: 'Text med ]]> och <b>',
          published: new Date('2026-11-01T08:00:00Z'),
          categories: ['Metod', 'Drivmedel & mer'],
        },
      ],
    });

  it('is RSS that a feed reader parses, with every value as written', async () => {
    const xml = await feed();
    const parsed = await new RssParser({ customFields: { feed: ['language', 'lastBuildDate'] } }).parseString(xml);
    expect(parsed.title).toBe('Servicekunskapsbanken: <allt> & "nytt"');
    expect(parsed.description).toBe('Beskrivning');
    expect(parsed.language).toBe('sv-SE');
    const [item] = parsed.items;
    expect(item?.title).toBe('Bygdens butik </title><script>');
    expect(item?.link).toBe('https://skb.example/metoder/a/?x=1&y=2');
    expect(item?.guid).toBe('https://skb.example/metoder/a/?x=1&y=2');
    expect(item?.content).toBe('Text med ]]> och <b>');
    expect(item?.categories).toEqual(['Metod', 'Drivmedel & mer']);
    expect(new Date(item?.pubDate ?? '').toISOString()).toBe('2026-11-01T08:00:00.000Z');
  });

  it('points to itself and never carries markup unescaped', async () => {
    const xml = await feed();
    expect(xml).toContain('<atom:link href="https://skb.example/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).not.toMatch(/<script>/);
  });
});

describe('iCalendar', () => {
  const calendar = () =>
    ical({
      name: 'Utlysningar',
      product: 'funding',
      language: 'SV',
      stamp: new Date('2026-11-26T12:00:00Z'),
      events: [
        {
          uid: 'e1@skb',
          summary: 'Träff, med fika; och mer\nrad två',
          // 09:00 UTC in December is 10:00 in Stockholm; 07:30 UTC in July is 09:30.
          start: new Date('2026-12-14T09:00:00Z'),
          end: new Date('2026-12-14T14:30:00Z'),
          url: 'https://skb.example/e/',
        },
        {
          uid: 'deadline1@skb',
          summary: 'Sista ansökningsdag: Investeringsstöd',
          start: new Date('2027-07-01T21:59:00Z'),
          end: new Date('2027-07-01T21:59:00Z'),
          remindDaysBefore: [14, 3],
        },
        { uid: 'day1@skb', summary: 'Svarsdatum', start: { date: '2027-03-31' }, remindDaysBefore: [14, 3] },
      ],
    });
  const parse = () => new ICAL.Component(ICAL.parse(calendar()));

  it('is iCalendar that a calendar parses, with stable UIDs and every value as written', () => {
    const events = parse()
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(['e1@skb', 'deadline1@skb', 'day1@skb']);
    expect(events[0]?.summary).toBe('Träff, med fika; och mer\nrad två');
    expect(calendar()).toBe(calendar());
  });

  it('writes times in Europe/Stockholm with the zone’s VTIMEZONE, and all-day items as dates', () => {
    const root = parse();
    const zone = root.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    ICAL.TimezoneService.register(zone as ICAL.Component);
    const vevents = root.getAllSubcomponents('vevent');
    for (const vevent of vevents.slice(0, 2)) {
      expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Stockholm');
    }
    const [meeting, deadline, day] = vevents.map((vevent) => new ICAL.Event(vevent));
    expect(meeting?.startDate.toString()).toBe('2026-12-14T10:00:00');
    expect(meeting?.startDate.toJSDate().toISOString()).toBe('2026-12-14T09:00:00.000Z');
    // Summer time: the deadline at 23:59 Stockholm time.
    expect(deadline?.startDate.toString()).toBe('2027-07-01T23:59:00');
    expect(deadline?.startDate.toJSDate().toISOString()).toBe('2027-07-01T21:59:00.000Z');
    expect(day?.startDate.isDate).toBe(true);
    expect(day?.startDate.toString()).toBe('2027-03-31');
  });

  it('reminds of deadlines 14 and 3 days before, and of nothing else', () => {
    const [meeting, deadline, day] = parse().getAllSubcomponents('vevent');
    const triggers = (vevent: ICAL.Component | undefined) =>
      (vevent?.getAllSubcomponents('valarm') ?? []).map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
    expect(triggers(meeting)).toEqual([]);
    expect(triggers(deadline)).toEqual(['-P14D', '-P3D']);
    expect(triggers(day)).toEqual(['-P14D', '-P3D']);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('säger "hej"')).toBe('"säger ""hej"""');
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("https://evil.example")')).toBe('"\'=HYPERLINK(""https://evil.example"")"');
    expect(csvField('+46 10 123')).toBe("'+46 10 123");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1');
  });

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(csv(['a', 'b'], [['1', 'Älvdalen']])).toBe('\uFEFFa,b\r\n1,Älvdalen\r\n');
  });
});

describe('sitemap', () => {
  it('turns built files into page addresses, leaving out the 404 page and other files', async () => {
    const { pagePathOfFile, sitemapXml } = await import('../src/lib/feeds/sitemap.ts');
    expect(
      ['index.html', 'metoder/x/index.html', '404.html', 'rss.xml', 'data/poster.json'].map(pagePathOfFile),
    ).toEqual(['/', '/metoder/x/', undefined, undefined, undefined]);
    expect(sitemapXml('https://skb.example/', ['/b/', '/a/?x&y'])).toContain(
      '<url><loc>https://skb.example/a/?x&amp;y</loc></url>\n<url><loc>https://skb.example/b/</loc></url>',
    );
  });
});
