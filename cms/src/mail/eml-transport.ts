import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

// A nodemailer transport (https://nodemailer.com/plugins/create/#transports) for the embedded
// default: nodemailer builds the whole RFC 5322 message as it would for SMTP, and this writes it to
// a file instead of a server, so that a local editor can open what the asker would have received.

interface MailMessage {
  message: { createReadStream(): NodeJS.ReadableStream; getEnvelope(): { from: string; to: string[] } };
}

type Done = (error: Error | null, info?: { envelope: unknown; messageId: string; file: string }) => void;

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** Writes each mail as `<time>-<id>.eml` in `folder`. */
export function emlFileTransport(folder: string) {
  return {
    name: 'eml-files',
    version: '1.0.0',
    send(mail: MailMessage, done: Done): void {
      const messageId = randomUUID();
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId}.eml`);
      readAll(mail.message.createReadStream())
        .then(async (raw) => {
          mkdirSync(folder, { recursive: true });
          await writeFile(file, raw, { mode: 0o600 });
          done(null, { envelope: mail.message.getEnvelope(), messageId, file });
        })
        .catch((error: Error) => done(error));
    },
  };
}
