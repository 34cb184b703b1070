import { z } from 'zod';

// The CMS's e-mail settings, read once and checked: a wrong value stops the CMS naming the variable.
const schema = z.object({
  /** SMTP server; empty = the embedded default, each mail written as an .eml file under DATA_DIR/mail. */
  MAIL_SMTP_HOST: z.string().trim().default(''),
  MAIL_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** true = TLS from the start (port 465); false = STARTTLS when the server offers it. */
  MAIL_SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  MAIL_SMTP_USERNAME: z.string().default(''),
  MAIL_SMTP_PASSWORD: z.string().default(''),
  /** Sender of every mail the bank sends. */
  MAIL_FROM: z.string().trim().min(3).default('Servicekunskapsbanken <helpdesk@servicekunskapsbanken.local>'),
  /** Where the helpdesk's new questions are announced: the editors' shared address. */
  HELPDESK_EDITORS_EMAIL: z.email().default('redaktionen@servicekunskapsbanken.local'),
});

export type MailSettings = z.output<typeof schema>;

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const raw: Record<keyof MailSettings, string | undefined> = {
    MAIL_SMTP_HOST: env.MAIL_SMTP_HOST,
    MAIL_SMTP_PORT: env.MAIL_SMTP_PORT,
    MAIL_SMTP_SECURE: env.MAIL_SMTP_SECURE,
    MAIL_SMTP_USERNAME: env.MAIL_SMTP_USERNAME,
    MAIL_SMTP_PASSWORD: env.MAIL_SMTP_PASSWORD,
    MAIL_FROM: env.MAIL_FROM,
    HELPDESK_EDITORS_EMAIL: env.HELPDESK_EDITORS_EMAIL,
  };
  // An empty value in .env means the default.
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'MAIL_*');
    throw new Error(`${name} is not valid ("${env[name]}"): ${issue?.message}. See .env.example.`);
  }
  return parsed.data;
}
