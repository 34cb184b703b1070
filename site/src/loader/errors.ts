// What can stop the build while reading the CMS. Each error is one line that says what failed,
// where, and what to do; the build script prints it and nothing else.

/** The CMS did not answer: not started, wrong address, or too slow. */
export class CmsUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    const reason =
      cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
    super(`cannot reach the CMS at ${url} (${reason}); start the CMS or set CMS_URL`, { cause });
    this.name = 'CmsUnreachableError';
  }
}

/** The CMS answered, but not with what a public read returns. */
export class CmsResponseError extends Error {
  readonly status: number;
  constructor(url: string, status: number, detail: string) {
    super(`the CMS answered ${status} to ${url}${detail ? `: ${detail}` : ''}`);
    this.name = 'CmsResponseError';
    this.status = status;
  }
}

/** An entry the CMS serves does not satisfy its type's schema: the site would show it wrong. */
export class InvalidEntryError extends Error {
  constructor(what: string, problems: string) {
    super(`invalid ${what}: ${problems}`);
    this.name = 'InvalidEntryError';
  }
}
