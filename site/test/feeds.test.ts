// The writers of RSS, iCalendar and CSV escape whatever is in an entry: quotes, ampersands, line
// breaks, commas, control characters, and text a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { csv, csvField } from '../src/lib/feeds/csv.ts';
import { escapeText, foldLine, ical } from '../src/lib/feeds/ical.ts';
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
  const feed = rss({
    title: 'Servicekunskapsbanken: <allt> & "nytt"',
    link: 'https://skb.example/',
    self: 'https://skb.example/rss.xml',
    description: 'Beskrivning',
    language: 'sv-SE',
    built: new Date('2026-11-26T12:00:00Z'),
    items: [
      {
        title: 'Bygdens butik </title><script>',
        link: 'https://skb.example/metoder/a/?x=1&y=2',
        description: 'Text med ]]> och <b>',
        published: new Date('2026-11-01T08:00:00Z'),
        categories: ['Metod', 'Drivmedel & mer'],
      },
    ],
  });

  it('escapes every value', () => {
    expect(feed).toContain('<title>Bygdens butik &lt;/title&gt;&lt;script&gt;</title>');
    expect(feed).toContain('<guid isPermaLink="true">https://skb.example/metoder/a/?x=1&amp;y=2</guid>');
    expect(feed).toContain('<description>Text med ]]&gt; och &lt;b&gt;</description>');
    expect(feed).toContain('<category>Drivmedel &amp; mer</category>');
    expect(feed).not.toMatch(/<script>/);
  });

  it('dates items in RFC 822 and points to itself', () => {
    expect(feed).toContain('<pubDate>Sun, 01 Nov 2026 08:00:00 GMT</pubDate>');
    expect(feed).toContain('<atom:link href="https://skb.example/rss.xml" rel="self" type="application/rss+xml"/>');
  });

  it('is well-formed XML', () => {
    const parsed = new DOMParserLike(feed);
    expect(parsed.balanced).toBe(true);
  });
});

/** A minimal check that tags open and close in order (no XML parser in Node's standard library). */
class DOMParserLike {
  balanced: boolean;
  constructor(xml: string) {
    const stack: string[] = [];
    let ok = true;
    for (const match of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z:]+)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = match;
      if (selfClosing) continue;
      if (closing) ok &&= stack.pop() === name;
      else stack.push(name as string);
    }
    this.balanced = ok && stack.length === 0;
  }
}

describe('iCalendar', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'åäö'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('writes timed and all-day events with CRLF line ends', () => {
    const text = ical({
      name: 'Evenemang',
      productId: '-//Servicekunskapsbanken//events//SV',
      stamp: new Date('2026-11-26T12:00:00Z'),
      events: [
        {
          uid: 'e1@skb',
          summary: 'Träff, med fika; och mer',
          start: new Date('2026-12-14T09:00:00Z'),
          end: new Date('2026-12-14T14:30:00Z'),
          url: 'https://skb.example/e/',
        },
        { uid: 'd1@skb', summary: 'Sista ansökningsdag', start: { date: '2027-03-31' }, end: { date: '2027-04-01' } },
      ],
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('DTSTART:20261214T090000Z\r\nDTEND:20261214T143000Z');
    expect(text).toContain('SUMMARY:Träff\\, med fika\\; och mer');
    expect(text).toContain('DTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270401');
    expect(text).toContain('DTSTAMP:20261126T120000Z');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
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
