import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/lib/markdown.ts';

const cpuMs = (work: () => unknown) => {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

describe('Markdown bombs', () => {
  it('renders blockquotes nested 5,000 deep instead of running out of stack', () => {
    const html = renderMarkdown(`${'> '.repeat(5000)}djupt <script>alert(1)</script>`);
    expect(html).toContain('djupt');
    expect(html).not.toContain('<script');
  });

  it('renders a 60 kB run of emphasis markers as text, quickly', () => {
    const source = '*a'.repeat(30_000);
    let html = '';
    expect(cpuMs(() => (html = renderMarkdown(source)))).toBeLessThan(1000);
    expect(html).toContain('*a*a*a');
  });

  it('renders lists nested 1,000 deep quickly', () => {
    const source = Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- nivå ${depth}`).join('\n');
    expect(cpuMs(() => renderMarkdown(source))).toBeLessThan(2000);
  });
});
