// After the sync has applied a change (a publish, an unpublish, a funding call changing status),
// the static site is out of date too: the receiver asks it to rebuild (SITE_REBUILD_URL), with a
// signed POST. Changes within a second are one request; the site debounces its builds itself.
import { describeError } from '../errors.ts';
import { postSigned } from './notify.ts';

export interface SiteRebuildNotifier {
  /** Notes that `count` documents changed; a request follows shortly. */
  changed(count: number): void;
  /** Sends what is pending now (on shutdown). */
  flush(): Promise<void>;
}

export function createSiteRebuildNotifier(args: {
  url: string;
  secret: string;
  log: (line: string) => void;
  delayMs?: number;
}): SiteRebuildNotifier {
  let pending = 0;
  let timer: NodeJS.Timeout | undefined;
  let sending: Promise<void> = Promise.resolve();

  const send = () => {
    timer = undefined;
    const count = pending;
    pending = 0;
    if (count === 0) return sending;
    sending = sending.then(async () => {
      const body = { reason: `search sync: ${count} document${count === 1 ? '' : 's'} changed` };
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
    changed(count) {
      pending += count;
      timer ??= setTimeout(send, args.delayMs ?? 1000);
    },
    flush() {
      clearTimeout(timer);
      return send();
    },
  };
}
