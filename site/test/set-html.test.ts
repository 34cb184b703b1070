// HTML reaches a page only from renderMarkdown. `set:html` may appear in one component, fed by
// renderMarkdown; no React island may set inner HTML at all.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

async function sourceFiles(): Promise<{ file: string; text: string }[]> {
  const names = (await readdir(SRC, { recursive: true })).filter((name) => /\.(astro|tsx?|jsx?|mdx?)$/.test(name));
  return Promise.all(names.map(async (name) => ({ file: name, text: await readFile(path.join(SRC, name), 'utf8') })));
}

describe('raw HTML in templates', () => {
  it('uses set:html only in components/Markdown.astro, with the output of renderMarkdown', async () => {
    const uses = (await sourceFiles()).flatMap(({ file, text }) =>
      [...text.matchAll(/set:html\s*=\s*\{([^}]*)\}/g)].map((match) => ({ file, expression: match[1]?.trim() })),
    );
    expect(uses).toEqual([{ file: path.join('components', 'Markdown.astro'), expression: 'html' }]);
    const markdown = (await sourceFiles()).find(({ file }) => file === path.join('components', 'Markdown.astro'));
    expect(markdown?.text).toMatch(/const html = renderMarkdown\(/);
    // Any other form (a string literal, a template, a spread of props) is refused as well.
    const otherForms = (await sourceFiles()).filter(({ text }) =>
      /set:html\s*=\s*(?!\{html\})|\{\s*\.\.\.[^}]*\}[^>]*set:html/.test(text),
    );
    expect(otherForms.map((f) => f.file)).toEqual([]);
  });

  it('never sets inner HTML from React or the DOM', async () => {
    const offenders = (await sourceFiles())
      .filter(({ text }) =>
        /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/.test(text),
      )
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
