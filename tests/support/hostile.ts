// Hostile input for the fuzz tests: what editors paste and attackers send. Seeded, so a failure can
// be replayed exactly: the same seed gives the same inputs on every run and machine.

/** C0 controls, DEL, bidi overrides and invisible characters. */
export const CONTROL = [
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
  '\u007f',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u2028',
].join('');

/** Swedish, Northern Sami, Finnish, Arabic, Hebrew, Chinese, combining marks and emoji with joiners. */
export const MIXED_SCRIPTS =
  'Åsele torg – Čohkkiras Ŋuorra ŧ đ ž, Pajala kylä ääliö; مرحبا بالقرية שלום לכפר 村庄商店 ' +
  'e\u0301\u0308\u0323 👩🏽‍🌾🏪🇸🇪 \u202eevil.exe\u202c';

/** Script and event handlers in every form Markdown lets through to HTML. */
export const INJECTION = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><a xlink:href="javascript:alert(1)">x</a></svg>',
  '<a href="javascript:alert(1)">länk</a>',
  '[länk](javascript:alert(1)) [länk2](JaVaScRiPt:alert(1)) [länk3](data:text/html,<script>alert(1)</script>)',
  '![bild](javascript:alert(1)) ![bild](https://evil.example/x.png "t" onerror="alert(1)")',
  '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x">',
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
  '<form action="https://evil.example"><input name=q></form>',
  '<details open ontoggle=alert(1)>x</details><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '``<script>alert(1)</script>`` <scr<script>ipt>alert(1)</script>',
].join('\n\n');

/** Markdown that is cheap to send and costly to parse or render. */
export const MARKDOWN_BOMBS: Record<string, () => string> = {
  'deep blockquotes': () => `${'> '.repeat(5000)}djupt`,
  'deep lists': () => Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- nivå ${depth}`).join('\n'),
  'huge table': () =>
    [
      `| ${Array.from({ length: 30 }, (_, i) => `k${i}`).join(' | ')} |`,
      `|${' --- |'.repeat(30)}`,
      ...Array.from(
        { length: 2000 },
        (_, row) => `| ${Array.from({ length: 30 }, (_, i) => `${row}·${i}`).join(' | ')} |`,
      ),
    ].join('\n'),
  'many links': () => Array.from({ length: 20_000 }, (_, i) => `[l${i}](https://example.se/${i})`).join(' '),
  'unclosed brackets': () => '['.repeat(50_000),
  'emphasis runs': () => '*a'.repeat(30_000),
  'backtick runs': () => '`'.repeat(20_000),
  'nested links and images': () => `${'[!['.repeat(2000)}x${'](y))'.repeat(2000)}`,
  'html comments': () => '<!--'.repeat(20_000),
};

/** About `bytes` of ordinary Markdown: headings, paragraphs, lists, links, tables, emphasis. */
export function largeMarkdown(bytes: number): string {
  const block = [
    '## Bygdens butik',
    'Butiken i **Sörsjön** drivs av en *ekonomisk förening* sedan 2019; se [kommunens plan](https://example.se/plan).',
    '- hemsändning\n- ombud för apotek\n  - receptfritt\n- paketutlämning',
    '| tjänst | dagar |\n| --- | --- |\n| post | mån–fre |\n| drivmedel | alla |',
    '> Det som inte fungerade: för få öppettimmar.',
  ].join('\n\n');
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return parts.join('\n\n');
}

/**
 * A random mix of the fragments above, `length` code points at most, cut between whole characters
 * and without NUL (which the CMS refuses, as the fixed cases prove), so that most mixes are stored.
 */
export function randomHostileText(random: () => number, length: number): string {
  const pools = [
    CONTROL.replace('\u0000', ''),
    MIXED_SCRIPTS,
    INJECTION,
    '[]()<>*_`#|>!\\&;"\'',
    'å ä ö Å Ä Ö abc 123 \n\n',
  ].map((pool) => Array.from(pool));
  const text: string[] = [];
  while (text.length < length) {
    const pool = pools[Math.floor(random() * pools.length)];
    const start = Math.floor(random() * pool.length);
    text.push(...pool.slice(start, start + 1 + Math.floor(random() * 40)));
  }
  return text.slice(0, length).join('');
}

/** `{ a: { a: … } }`, `depth` levels deep. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'botten';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
