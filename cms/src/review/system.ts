import { AsyncLocalStorage } from 'node:async_hooks';

// The system path for in-process code that publishes without an editor (the seed). It is a scope
// in this process's async context: nothing an HTTP request sends can enter it, because Strapi runs
// every request inside its own request context and only code that calls `asSystem` is inside this one.
const systemScope = new AsyncLocalStorage<string>();

/** Name under which the CMS offers `asSystem` to in-process code (the seed): `strapi.get(SYSTEM_WRITER)`. */
export const SYSTEM_WRITER = 'skb-system-writer';

/** Runs `work` as the named system writer (`seed`): its entries are approved and published without review. */
export function asSystem<T>(name: string, work: () => Promise<T>): Promise<T> {
  return systemScope.run(name, work);
}

/** The system writer's name when the current code runs inside `asSystem`. */
export function currentSystemWriter(): string | undefined {
  return systemScope.getStore();
}
