// The embedded default's mailbox: every mail the CMS sends is an .eml file under DATA_DIR/mail,
// read back here with mailparser (headers decoded, quoted-printable and base64 bodies turned into text).
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { simpleParser } = require('mailparser') as {
  simpleParser(
    source: Buffer,
  ): Promise<{ subject?: string; text?: string; to?: { text: string }; from?: { text: string } }>;
};

export interface Mail {
  file: string;
  to: string;
  from: string;
  subject: string;
  text: string;
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
      };
    }),
  );
}
