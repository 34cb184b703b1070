import { describe, expect, it } from 'vitest';
import { entryInputIssues, method, unstorableTextIssues } from '../src/index.ts';

describe('unstorableTextIssues', () => {
  it('names every field holding NUL or half a character, at any depth', () => {
    const halfEmoji = '🏪'.slice(0, 1);
    expect(
      unstorableTextIssues({
        title: 'ok 🏪 ‮ \u0001',
        body: 'a\u0000b',
        steps: [{ title: 'x', body: `y${halfEmoji}` }],
      }),
    ).toEqual([
      { field: 'body', message: expect.stringMatching(/NUL/) },
      { field: 'steps[0].body', message: expect.stringMatching(/trasigt tecken/) },
    ]);
  });

  it('is part of validation at the door', () => {
    const fields = entryInputIssues(method, { title: 'a\u0000' }).map((issue) => issue.field);
    expect(fields).toContain('title');
  });
});
