// Review before publishing (granskning), the free-plan equivalent of Strapi's paid Review Workflows.
// Pure rules: who may move an entry version between utkast, för granskning and godkänd, who may
// publish it, and which counties it belongs to. The CMS applies them in its Document Service.
import { countiesOfMunicipalities, isCountyCode, isMunicipalityCode } from './geo/index.ts';

export const REVIEW_STATES = ['utkast', 'för granskning', 'godkänd'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Who writes: an editor with one of our roles, Strapi's Super Admin, an API token, or in-process code. */
export type ReviewActor =
  | { kind: 'editor'; id: string; role: 'redaktör' | 'länsredaktör' | 'granskare'; counties: readonly string[] }
  | { kind: 'super-admin'; id: string }
  | { kind: 'api-token'; id: string }
  | { kind: 'system'; id: string };

/** The review fields of one stored entry version. */
export interface ReviewRecord {
  state: ReviewState;
  /** Who last changed the content (`admin:7`, `api-token:2`, `system:seed`). */
  author: string | null;
  /** Who approved the current content, when it is approved. */
  approvedBy: string | null;
}

/** A refused review step or publish, with the Swedish message an editor reads in the admin. */
export class ReviewRefusal extends Error {
  override readonly name = 'ReviewRefusal';
}

export function isReviewState(value: unknown): value is ReviewState {
  return typeof value === 'string' && (REVIEW_STATES as readonly string[]).includes(value);
}

function mayApprove(actor: ReviewActor): boolean {
  return (
    actor.kind === 'super-admin' || actor.kind === 'system' || (actor.kind === 'editor' && actor.role === 'granskare')
  );
}

/**
 * The review fields after a write. `requested` is the state the write asks for (absent or equal to
 * the stored one when it asks for none); `contentChanged` says whether the write changed anything
 * but the review fields. A content change makes the writer the author and withdraws an approval:
 * an approved version goes back to review. Nobody approves their own change.
 */
export function reviewAfterWrite(args: {
  actor: ReviewActor;
  stored: ReviewRecord | null;
  requested: unknown;
  contentChanged: boolean;
}): ReviewRecord {
  const { actor, stored, contentChanged } = args;
  if (args.requested !== undefined && args.requested !== null && !isReviewState(args.requested)) {
    throw new ReviewRefusal(`Granskningsstatus ska vara ${REVIEW_STATES.join(', ')}`);
  }
  const current: ReviewRecord = stored ?? { state: 'utkast', author: null, approvedBy: null };
  const requested = (args.requested as ReviewState | undefined | null) ?? current.state;
  // The admin sends every field on save, so a state equal to the stored one asks for nothing.
  const asks = requested !== current.state;
  const author = contentChanged || !stored ? actor.id : current.author;
  if (asks && requested === 'godkänd') {
    if (!mayApprove(actor)) throw new ReviewRefusal('Bara en granskare kan godkänna en post');
    if (author === actor.id && actor.kind !== 'system') {
      throw new ReviewRefusal(
        'Du kan inte godkänna din egen ändring: en annan granskare behöver godkänna den senaste versionen',
      );
    }
    return { state: 'godkänd', author, approvedBy: actor.id };
  }
  if (!asks && current.state === 'godkänd') {
    // An edit after approval sends the version back to review.
    return contentChanged ? { state: 'för granskning', author, approvedBy: null } : { ...current, author };
  }
  return { state: requested, author, approvedBy: null };
}

/** Why publishing this version is refused, or null when it may be published. */
export function publishRefusal(actor: ReviewActor, review: ReviewRecord | null): string | null {
  if (actor.kind === 'super-admin' || actor.kind === 'system') return null;
  if (actor.kind === 'editor' && actor.role === 'länsredaktör') {
    return 'Länsredaktörer kan inte publicera: skicka posten till granskning, så publicerar en granskare den';
  }
  if (review?.state !== 'godkänd' || !review.approvedBy) {
    return 'Posten kan inte publiceras förrän någon annan än den som senast ändrade den har godkänt den. Tryck ”Skicka till granskning” och be en granskare godkänna den.';
  }
  if (review.approvedBy === review.author) {
    return 'Posten kan inte publiceras: den senaste versionen är godkänd av samma person som ändrade den. En annan granskare behöver godkänna den.';
  }
  return null;
}

/** The counties (SCB codes) an entry belongs to, from its municipality and county fields; empty when national. */
export function entryCounties(entry: Record<string, unknown>): string[] {
  const list = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const municipalities = [...list(entry.municipalities), ...list([entry.municipality])].filter(isMunicipalityCode);
  const counties = [...list(entry.counties), ...list(entry.region), ...list([entry.county])].filter(isCountyCode);
  return [...new Set([...countiesOfMunicipalities(municipalities), ...counties])].sort();
}

/** The counties as one searchable text, `,03,05,` (empty for a national entry), for database filters. */
export function countyKey(counties: readonly string[]): string {
  return counties.length === 0 ? '' : `,${counties.join(',')},`;
}

/**
 * Why a county editor may not touch an entry of these counties, or null when they may: every county
 * of the entry must be one of theirs, and a national entry (no county) belongs to the national editors.
 */
export function countyRefusal(editorCounties: readonly string[], counties: readonly string[]): string | null {
  if (editorCounties.length === 0) {
    return 'Ditt konto har inga län. Be en administratör koppla dina län under Länsredaktörer.';
  }
  if (counties.length === 0) {
    return 'Posten gäller hela landet och hör till de nationella redaktörerna. Ange en kommun eller ett län i ditt län.';
  }
  const others = counties.filter((code) => !editorCounties.includes(code));
  if (others.length > 0) return `Posten hör till ett annat län (${others.join(', ')}) än ditt eller dina.`;
  return null;
}

/**
 * The review buttons of the admin's edit view, by the name their route takes. Each asks for the
 * state change the review field would: the Document Service's rules decide it, the same as for a save.
 */
export const REVIEW_ACTIONS = {
  'skicka-till-granskning': { label: 'Skicka till granskning', target: 'för granskning', from: ['utkast'] },
  godkann: { label: 'Godkänn', target: 'godkänd', from: ['utkast', 'för granskning'] },
  'skicka-tillbaka': { label: 'Skicka tillbaka', target: 'utkast', from: ['för granskning', 'godkänd'] },
} as const satisfies Record<string, { label: string; target: ReviewState; from: readonly ReviewState[] }>;
export type ReviewActionName = keyof typeof REVIEW_ACTIONS;

export function isReviewActionName(value: unknown): value is ReviewActionName {
  return typeof value === 'string' && Object.hasOwn(REVIEW_ACTIONS, value);
}

/**
 * Why `actor` may not take this review step from the version's current state, or null when they may.
 * Approving is a reviewer's (the Document Service refuses it for others, and one's own change, too);
 * sending back is a reviewer's as well, since it withdraws another editor's request or an approval.
 */
export function reviewActionRefusal(actor: ReviewActor, action: ReviewActionName, state: ReviewState): string | null {
  const step = REVIEW_ACTIONS[action];
  if ((action === 'godkann' || action === 'skicka-tillbaka') && !mayApprove(actor)) {
    return `Bara en granskare kan ${action === 'godkann' ? 'godkänna en post' : 'skicka tillbaka en post'}`;
  }
  if (!(step.from as readonly ReviewState[]).includes(state)) {
    return `”${step.label}” går inte när posten är ${state}`;
  }
  return null;
}
