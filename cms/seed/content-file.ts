// Reads one demo content file: Markdown with YAML front matter (`---` lines around it, the text below
// is the entry's body) or a plain YAML file. YAML is parsed by the `yaml` library; a syntax error
// names the file and the line.
import { parse, YAMLParseError } from 'yaml';
import { SeedContentError } from './content-error.ts';

export interface ContentFile {
  /** The front matter (or the whole YAML file) as an object. */
  fields: Record<string, unknown>;
  /** The Markdown below the front matter; undefined for a YAML file. */
  body?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Parses the text of `file` (a `.md` or `.yaml` path, used in errors). */
export function parseContentFile(file: string, text: string): ContentFile {
  if (file.endsWith('.md')) {
    const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
    if (!match) throw new SeedContentError(file, 'filen ska börja med en rad "---", fälten och en rad "---"');
    // A blank line after the closing `---` and the file's final newline are not part of the text.
    return { fields: parseYaml(file, match[1] ?? '', 1), body: (match[2] ?? '').replace(/^\s*\n/, '').trimEnd() };
  }
  return { fields: parseYaml(file, text, 0) };
}

function parseYaml(file: string, text: string, lineOffset: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = parse(text, { uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0]?.line;
    const where = line === undefined ? '' : ` (rad ${line + lineOffset})`;
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new SeedContentError(file, `YAML-fel${where}: ${reason}`, { cause: error });
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new SeedContentError(file, 'fälten ska stå som "namn: värde", ett per rad');
  return value as Record<string, unknown>;
}
