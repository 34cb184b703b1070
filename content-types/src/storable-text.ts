// Text that a database cannot store as written: PostgreSQL refuses the NUL character, and a lone
// UTF-16 surrogate (half of an emoji, cut by a careless copy) is not Unicode, so both databases
// would store a replacement character instead. Refusing it names the field; storing it would
// silently change what the editor wrote.
import type { FieldIssue } from './validation.ts';

/** With the u flag, a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /\p{Surrogate}/u;
/** Deeper than any entry's structure; a deeper value is refused by the type's own schema. */
const MAX_DEPTH = 32;

function textIssue(text: string): string | null {
  if (text.includes('\u0000')) return 'Texten innehåller tecknet NUL (\\u0000), som inte kan lagras';
  if (LONE_SURROGATE.test(text)) return 'Texten innehåller ett trasigt tecken (ett halvt tecken, t.ex. av en emoji)';
  return null;
}

/** Every string in `data` (fields, components, lists) that cannot be stored as written. */
export function unstorableTextIssues(data: unknown, path = '', depth = 0): FieldIssue[] {
  if (typeof data === 'string') {
    const message = textIssue(data);
    return message ? [{ field: path || '(entry)', message }] : [];
  }
  if (depth >= MAX_DEPTH || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data))
    return data.flatMap((item, index) => unstorableTextIssues(item, `${path}[${index}]`, depth + 1));
  return Object.entries(data).flatMap(([key, value]) =>
    unstorableTextIssues(value, path ? `${path}.${key}` : key, depth + 1),
  );
}
