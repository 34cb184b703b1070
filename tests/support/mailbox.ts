// The embedded default's mailbox: every mail the CMS sends is an .eml file under DATA_DIR/mail,
// read back here with mailparser (headers decoded, quoted-printable and base64 bodies turned into text).
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { simpleParser } = require('mailparser') as {
  simpleParser(source: Buffer): Promise<{
    subject?: string;
    text?: string;
    html?: string | false;
    to?: { text: string };
    from?: { text: string };
    headerLines: { key: string; line: string }[];
  }>;
};

export interface Mail {
  file: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  /** The HTML part, or '' when there is none. */
  html: string;
  /** Raw header values by lower-case name (the first of each), as the mail program sees them. */
  headers: Record<string, string>;
}

export async function mailsIn(dataDir: string): Promise<Mail[]> {
  const folder = path.join(dataDir, 'mail');
  const files = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (name) => {
      const parsed = await simpleParser(await readFile(path.join(folder, name)));
      return {
        file: name,
        to: parsed.to?.text ?? '',
        from: parsed.from?.text ?? '',
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: parsed.html || '',
        headers: Object.fromEntries(
          [...parsed.headerLines].reverse().map(({ key, line }) => [
            key,
            line
              .slice(line.indexOf(':') + 1)
              .replace(/\r?\n[ \t]+/g, ' ')
              .trim(),
          ]),
        ),
      };
    }),
  );
}
