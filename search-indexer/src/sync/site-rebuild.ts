// After the sync has applied a change (a publish, an unpublish, a funding call changing status),
// the static site is out of date too: the receiver asks it to rebuild (SITE_REBUILD_URL), with a
// signed POST that says what changed, so that the site can rebuild only the pages the change
// touches. Changes within GATHER_MS are one request; the site debounces its builds itself.
import { z } from 'zod';
import { describeError } from '../errors.ts';
import { postSigned } from './notify.ts';

/** One language version of an entry that was written to (publish) or removed from (unpublish) the index. */
export const siteChange = z.strictObject({
  /** The entry's type (`method`, …), or `question` for a helpdesk answer. */
  type: z.string().regex(/^[a-z-]{1,40}$/, 'a type name: lower-case letters and dashes'),
  /** Strapi's id of the entry; left out for the helpdesk answers, which change as a set. */
  documentId: z
    .string()
    .regex(/^[A-Za-z0-9]{1,64}$/, 'letters and digits')
    .optional(),
  locale: z.enum(['sv', 'en']).optional(),
  /** The page's slug after a publish. */
  slug: z.string().max(300).optional(),
  event: z.enum(['publish', 'unpublish']),
});
export type SiteChange = z.infer<typeof siteChange>;

/**
 * How long the notifier gathers changes before it sends them: long enough that the language versions
 * of one publish, synced one after the other, are one request; no longer, as the site waits for quiet
 * itself (SITE_REBUILD_DEBOUNCE_MS) and every millisecond here is one more before a publish is on the
 * site. It was a second, which with the site's half second was 1.5 s of waiting in every publish.
 */
export const GATHER_MS = 200;

/** The most changes one request lists; a larger batch (a reindex's catch-up) asks for a full build. */
export const MAX_LISTED_CHANGES = 200;

/**
 * The body of a rebuild request. With `changes`, the site may rebuild only what they touch; without,
 * it rebuilds in full.
 */
export const siteRebuildRequest = z.object({
  reason: z.string().max(200).optional(),
  changes: z.array(siteChange).max(MAX_LISTED_CHANGES).optional(),
});
export type SiteRebuildRequest = z.infer<typeof siteRebuildRequest>;

export interface SiteRebuildNotifier {
  /** Notes what changed; a request follows shortly. */
  changed(changes: readonly SiteChange[]): void;
  /** Sends what is pending now (on shutdown). */
  flush(): Promise<void>;
}

export function createSiteRebuildNotifier(args: {
  url: string;
  secret: string;
  log: (line: string) => void;
  delayMs?: number;
}): SiteRebuildNotifier {
  let pending: SiteChange[] = [];
  let timer: NodeJS.Timeout | undefined;
  let sending: Promise<void> = Promise.resolve();

  const send = () => {
    timer = undefined;
    const changes = pending;
    pending = [];
    const count = changes.length;
    if (count === 0) return sending;
    sending = sending.then(async () => {
      const body: SiteRebuildRequest = {
        reason: `search sync: ${count} document${count === 1 ? '' : 's'} changed`,
        ...(count <= MAX_LISTED_CHANGES ? { changes } : {}),
      };
      for (const delay of [0, 5_000]) {
        if (delay) await new Promise((resolve) => setTimeout(resolve, delay).unref());
        try {
          const status = await postSigned({ url: args.url, secret: args.secret, body });
          if (status >= 200 && status < 300) return;
          args.log(`search sync: the site answered ${status} to a rebuild request`);
          if (status === 400 || status === 401) return;
        } catch (error) {
          args.log(`search sync: could not ask the site to rebuild (${describeError(error)})`);
        }
      }
    });
    return sending;
  };

  return {
    changed(changes) {
      pending.push(...changes);
      timer ??= setTimeout(send, args.delayMs ?? GATHER_MS);
    },
    flush() {
      clearTimeout(timer);
      return send();
    },
  };
}
