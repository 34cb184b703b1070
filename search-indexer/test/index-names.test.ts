// The names the indexer gives what it makes in Meilisearch: build indexes and the search-only key.
import { describe, expect, it } from 'vitest';
import { searchKeyUid } from '../src/meili/keys.ts';
import { buildIndexUid, buildStartedAt } from '../src/reindex/build-index.ts';

describe('names', () => {
  it('build indexes carry the live name and their start time', () => {
    const uid = buildIndexUid('knowledge', 1_767_225_600_000);
    expect(uid).toMatch(/^knowledge__build_1767225600000_[a-z0-9]+$/);
    expect(buildStartedAt('knowledge', uid)).toBe(1_767_225_600_000);
    expect(buildStartedAt('knowledge', 'knowledge')).toBeUndefined();
    expect(buildStartedAt('other', uid)).toBeUndefined();
  });

  it('the search key has one fixed UUID per index', () => {
    expect(searchKeyUid('knowledge')).toBe(searchKeyUid('knowledge'));
    expect(searchKeyUid('knowledge')).not.toBe(searchKeyUid('knowledge-test'));
    expect(searchKeyUid('knowledge')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
