import { describe, expect, it } from 'vitest';
import {
  countyKey,
  countyRefusal,
  entryCounties,
  publishRefusal,
  type ReviewActor,
  ReviewRefusal,
  reviewActionRefusal,
  reviewAfterWrite,
} from '../src/review.ts';

const redaktor: ReviewActor = { kind: 'editor', id: 'admin:1', role: 'redaktör', counties: [] };
const granskare: ReviewActor = { kind: 'editor', id: 'admin:2', role: 'granskare', counties: [] };
const annanGranskare: ReviewActor = { kind: 'editor', id: 'admin:3', role: 'granskare', counties: [] };
const lans: ReviewActor = { kind: 'editor', id: 'admin:4', role: 'länsredaktör', counties: ['24'] };
const token: ReviewActor = { kind: 'api-token', id: 'api-token:1' };

describe('reviewAfterWrite', () => {
  it('makes a new entry an utkast by its writer', () => {
    expect(reviewAfterWrite({ actor: redaktor, stored: null, requested: undefined, contentChanged: true })).toEqual({
      state: 'utkast',
      author: 'admin:1',
      approvedBy: null,
    });
  });

  it('lets a writer submit, and another granskare approve', () => {
    const submitted = reviewAfterWrite({
      actor: redaktor,
      stored: { state: 'utkast', author: 'admin:1', approvedBy: null },
      requested: 'för granskning',
      contentChanged: false,
    });
    expect(submitted).toEqual({ state: 'för granskning', author: 'admin:1', approvedBy: null });
    expect(
      reviewAfterWrite({ actor: granskare, stored: submitted, requested: 'godkänd', contentChanged: false }),
    ).toEqual({ state: 'godkänd', author: 'admin:1', approvedBy: 'admin:2' });
  });

  it('refuses approval by anyone but a granskare', () => {
    for (const actor of [redaktor, lans, token]) {
      expect(() =>
        reviewAfterWrite({
          actor,
          stored: { state: 'för granskning', author: 'admin:9', approvedBy: null },
          requested: 'godkänd',
          contentChanged: false,
        }),
      ).toThrow(ReviewRefusal);
    }
  });

  it('refuses a granskare approving their own change, also in the same save', () => {
    const stored = { state: 'för granskning', author: 'admin:2', approvedBy: null } as const;
    expect(() => reviewAfterWrite({ actor: granskare, stored, requested: 'godkänd', contentChanged: false })).toThrow(
      /egen ändring/,
    );
    expect(() =>
      reviewAfterWrite({
        actor: granskare,
        stored: { ...stored, author: 'admin:1' },
        requested: 'godkänd',
        contentChanged: true,
      }),
    ).toThrow(/egen ändring/);
  });

  it('sends an approved version back to review when its content changes, whoever edits it', () => {
    const approved = { state: 'godkänd', author: 'admin:1', approvedBy: 'admin:2' } as const;
    expect(reviewAfterWrite({ actor: redaktor, stored: approved, requested: 'godkänd', contentChanged: true })).toEqual(
      {
        state: 'för granskning',
        author: 'admin:1',
        approvedBy: null,
      },
    );
    expect(
      reviewAfterWrite({ actor: granskare, stored: approved, requested: undefined, contentChanged: true }),
    ).toEqual({ state: 'för granskning', author: 'admin:2', approvedBy: null });
    expect(
      reviewAfterWrite({ actor: redaktor, stored: approved, requested: 'godkänd', contentChanged: false }),
    ).toEqual(approved);
  });

  it('names the allowed states for an unknown one', () => {
    expect(() => reviewAfterWrite({ actor: redaktor, stored: null, requested: 'klar', contentChanged: true })).toThrow(
      /utkast, för granskning, godkänd/,
    );
  });
});

describe('publishRefusal', () => {
  const approved = { state: 'godkänd', author: 'admin:1', approvedBy: 'admin:2' } as const;
  it('lets anyone with the right publish a version another person approved', () => {
    expect(publishRefusal(redaktor, approved)).toBeNull();
    expect(publishRefusal(annanGranskare, approved)).toBeNull();
  });
  it('refuses an unapproved or self-approved version, and every county editor', () => {
    expect(publishRefusal(granskare, { state: 'för granskning', author: 'admin:1', approvedBy: null })).toMatch(
      /kan inte publiceras/,
    );
    expect(publishRefusal(granskare, { ...approved, approvedBy: 'admin:1' })).toMatch(/samma person/);
    expect(publishRefusal(token, null)).toMatch(/kan inte publiceras/);
    expect(publishRefusal(lans, approved)).toMatch(/Länsredaktörer/);
  });
  it('keeps everything for the Super Admin and the seed', () => {
    expect(publishRefusal({ kind: 'super-admin', id: 'admin:9' }, null)).toBeNull();
    expect(publishRefusal({ kind: 'system', id: 'system:seed' }, null)).toBeNull();
  });
});

describe('counties of an entry', () => {
  it('follow from municipalities, a municipality, counties and region', () => {
    expect(entryCounties({ municipalities: ['2425', '2462'] })).toEqual(['24']);
    expect(entryCounties({ municipality: '0180' })).toEqual(['01']);
    expect(entryCounties({ counties: ['25', '03'], region: ['03'] })).toEqual(['03', '25']);
    expect(entryCounties({ municipalities: [], title: 'x' })).toEqual([]);
    expect(countyKey(['03', '25'])).toBe(',03,25,');
    expect(countyKey([])).toBe('');
  });

  it('belong to a county editor only when every county is theirs', () => {
    expect(countyRefusal(['24'], ['24'])).toBeNull();
    expect(countyRefusal(['24', '25'], ['24'])).toBeNull();
    expect(countyRefusal(['24'], ['24', '25'])).toMatch(/annat län \(25\)/);
    expect(countyRefusal(['24'], [])).toMatch(/hela landet/);
    expect(countyRefusal([], ['24'])).toMatch(/inga län/);
  });
});

describe('reviewActionRefusal: the admin’s review buttons', () => {
  it('lets any writer submit an utkast, and only a granskare approve or send back', () => {
    expect(reviewActionRefusal(redaktor, 'skicka-till-granskning', 'utkast')).toBeNull();
    expect(reviewActionRefusal(lans, 'skicka-till-granskning', 'utkast')).toBeNull();
    expect(reviewActionRefusal(granskare, 'godkann', 'för granskning')).toBeNull();
    expect(reviewActionRefusal(granskare, 'skicka-tillbaka', 'för granskning')).toBeNull();
    expect(reviewActionRefusal(redaktor, 'godkann', 'för granskning')).toBe('Bara en granskare kan godkänna en post');
    expect(reviewActionRefusal(lans, 'skicka-tillbaka', 'godkänd')).toBe(
      'Bara en granskare kan skicka tillbaka en post',
    );
    expect(reviewActionRefusal(token, 'godkann', 'för granskning')).not.toBeNull();
  });

  it('names the step that does not fit the current state', () => {
    expect(reviewActionRefusal(redaktor, 'skicka-till-granskning', 'för granskning')).toBe(
      '”Skicka till granskning” går inte när posten är för granskning',
    );
    expect(reviewActionRefusal(granskare, 'skicka-tillbaka', 'utkast')).toBe(
      '”Skicka tillbaka” går inte när posten är utkast',
    );
  });
});
