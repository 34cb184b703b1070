import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { dataDir } from '../src/data-dir';
import { emlFileTransport } from '../src/mail/eml-transport';
import { mailSettings } from '../src/mail/settings';
import { requiredEnv } from '../src/required-env';
import { UPLOAD_ALLOWED_TYPES, UPLOAD_DENIED_TYPES } from '../src/security/upload-types';
import { loadSecuritySettings } from '../src/settings';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const mail = mailSettings();
  return {
    'users-permissions': { config: { jwtSecret: requiredEnv(env, 'JWT_SECRET') } },
    // The pickers for places and vocabularies; the content types name its custom fields, so it is always on.
    'skb-pickers': { enabled: true, resolve: './src/plugins/skb-pickers' },
    // Uploads are remissvar PDFs and raster images; the content is sniffed, not taken from the name.
    upload: {
      config: {
        sizeLimit: loadSecuritySettings().uploadLimitBytes,
        security: { allowedTypes: [...UPLOAD_ALLOWED_TYPES], deniedTypes: [...UPLOAD_DENIED_TYPES] },
      },
    },
    // Strapi's e-mail plugin through its nodemailer provider: SMTP when MAIL_SMTP_HOST is set, else
    // our transport that writes each mail as an .eml file under DATA_DIR/mail.
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: mail.MAIL_SMTP_HOST
          ? {
              host: mail.MAIL_SMTP_HOST,
              port: mail.MAIL_SMTP_PORT,
              secure: mail.MAIL_SMTP_SECURE === 'true',
              ...(mail.MAIL_SMTP_USERNAME
                ? { auth: { user: mail.MAIL_SMTP_USERNAME, pass: mail.MAIL_SMTP_PASSWORD } }
                : {}),
            }
          : emlFileTransport(path.join(dataDir(env('DATA_DIR')), 'mail')),
        settings: { defaultFrom: mail.MAIL_FROM, defaultReplyTo: mail.MAIL_FROM },
      },
    },
  };
};
