// What the seed says when it fails: one line, and for a lost database what to do about it.

/** Errors of a database connection that went away (PostgreSQL restarted or stopped, a dropped socket). */
const CONNECTION_LOST =
  /ECONNRESET|ECONNREFUSED|EPIPE|57P01|57P02|57P03|terminating connection|Connection terminated|server closed the connection|connection is closed|not queryable/i;

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();

/** Whether an error is a database connection that went away. */
export function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return CONNECTION_LOST.test(`${String(code ?? '')} ${oneLine(error)}`);
}

/**
 * The failure as one line for the seed's output. `lostConnection` is a connection error a query met
 * during the run: Strapi turns some of those into errors of its own (its relation check answers
 * "Invalid relations" when the query behind it fails), so the error that stops the seed may not say
 * that the database went away.
 */
export function seedFailure(error: unknown, lostConnection?: unknown): string {
  const lost = isConnectionLost(error) ? error : lostConnection;
  if (lost !== undefined) {
    return `lost the connection to the database (${oneLine(lost)}). Nothing half-written was kept: run the seed again when the database is back, and it writes what is missing.`;
  }
  return oneLine(error);
}
