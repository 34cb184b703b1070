/** One thing wrong in a demo content file; `field` is null when the file as a whole is at fault. */
export interface ContentIssue {
  field: string | null;
  message: string;
}

/** A demo content file that cannot be seeded, naming the file and every field at fault. */
export class SeedContentError extends Error {
  readonly file: string;
  readonly issues: readonly ContentIssue[];
  constructor(file: string, issues: readonly ContentIssue[] | string, options?: { cause?: unknown }) {
    const list = typeof issues === 'string' ? [{ field: null, message: issues }] : issues;
    const text = list.map((issue) => `${issue.field ? `fältet "${issue.field}": ` : ''}${issue.message}`);
    super(`${file}: ${text.join('; ')}`, options);
    this.name = 'SeedContentError';
    this.file = file;
    this.issues = list;
  }
}
