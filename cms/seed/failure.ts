// What the seed says when it fails: one line, and for a lost database what to do about it.

/** Errors of a database connection that went away (PostgreSQL restarted or stopped, a dropped socket). */
const CONNECTION_LOST =
  /ECONNRESET|ECONNREFUSED|EPIPE|57P01|57P02|57P03|terminating connection|Connection terminated|server closed the connection|connection is closed|not queryable/i;

/** The failure as one line for the seed's output. */
export function seedFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  if (CONNECTION_LOST.test(`${String(code ?? '')} ${text}`)) {
    return `lost the connection to the database (${text}). Nothing half-written was kept: run the seed again when the database is back, and it writes what is missing.`;
  }
  return text;
}
