// One error class per kind of failure. Each carries its cause; the CLI and the receiver turn them
// into one line (`describeError`) that says what failed and what to do.

export class IndexerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A setting (environment variable) is missing or invalid. */
export class ConfigError extends IndexerError {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.variable = variable;
  }
}

/** The CMS could not be read: down, or it answered with an unexpected status or body. */
export class CmsError extends IndexerError {
  readonly url: string;
  readonly status: number | undefined;
  constructor(args: { url: string; status?: number; message: string; cause?: unknown }) {
    super(args.message, { cause: args.cause });
    this.url = args.url;
    this.status = args.status;
  }
}

/** An entry the CMS served does not match the content model (a deploy mismatch, not a user error). */
export class InvalidEntryError extends IndexerError {
  readonly type: string;
  readonly documentId: string;
  readonly locale: string;
  constructor(args: { type: string; documentId: string; locale: string; issues: string; cause?: unknown }) {
    super(`${args.type} ${args.documentId} (${args.locale}) does not match the content model: ${args.issues}`, {
      cause: args.cause,
    });
    this.type = args.type;
    this.documentId = args.documentId;
    this.locale = args.locale;
  }
}

/** A Meilisearch task ended in another state than `succeeded`, or did not end in time. */
export class MeiliTaskError extends IndexerError {
  readonly taskUid: number;
  readonly code: string | undefined;
  constructor(args: {
    taskUid: number;
    what: string;
    status: string;
    code?: string;
    message?: string;
    cause?: unknown;
  }) {
    super(`Meilisearch task ${args.taskUid} (${args.what}) ${args.status}${args.message ? `: ${args.message}` : ''}`, {
      cause: args.cause,
    });
    this.taskUid = args.taskUid;
    this.code = args.code;
  }
}

/** The local Meilisearch could not be started. */
export class MeiliLaunchError extends IndexerError {}

/** A full reindex failed; the live index was not touched. */
export class ReindexError extends IndexerError {}

/** The message of an error and of its causes, on one line. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      const message = current.message || current.name;
      if (!parts.some((part) => part.includes(message))) {
        parts.push(typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message);
      }
      current = current.cause;
    } else {
      if (typeof current !== 'symbol') parts.push(String(current));
      break;
    }
  }
  return parts.join(': ').replace(/\s+/g, ' ');
}
