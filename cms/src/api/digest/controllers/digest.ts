import { EntryValidationError, fieldPath, normaliseEmail, subscriptionChoices } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { toStrapiValidationError } from '../../../documents/validate';
import { answerBusy, answerTooManyRequests, createLane, submittedFields } from '../../../http/public-post';
import { positiveSetting } from '../../../positive-setting';
import { confirmationMail, escapeHtml } from '../../../subscriptions/render';
import { digestSettings } from '../../../subscriptions/settings';
import {
  confirmSubscription,
  requestSubscription,
  subscriptionOfConfirmLink,
  subscriptionOfUnsubscribeLink,
  unsubscribe,
} from '../../../subscriptions/store';
import { createRateLimiter } from '../../helpdesk/services/rate-limit';

interface Ctx {
  request: { body?: unknown; ip: string; is(...types: string[]): string | false | null };
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
  redirect(url: string): void;
}

const windowSeconds = positiveSetting('DIGEST_RATE_WINDOW_SECONDS', 600);
const limit = positiveSetting('DIGEST_RATE_LIMIT', 5);
// Per client address, as the helpdesk counts (CMS_TRUSTED_PROXY_HOPS behind a proxy): every request counts.
const requests = createRateLimiter({ limit, windowMs: windowSeconds * 1000 });
// Per recipient: however many addresses ask, one mailbox gets at most three confirmation mails an hour.
const mailsPerAddress = createRateLimiter({ limit: 3, windowMs: 3600_000 });
// Subscriptions are stored and mailed in turn, two at a time (src/http/public-post.ts).
const lane = createLane({ concurrency: 2, queue: 500 });

type Lang = 'sv' | 'en';
const PAGES = {
  sv: {
    thanks: '/prenumerera/tack/',
    confirmed: '/prenumerera/bekraftad/',
    unsubscribed: '/prenumerera/avslutad/',
    form: '/prenumerera/',
  },
  en: {
    thanks: '/en/subscribe/thanks/',
    confirmed: '/en/subscribe/confirmed/',
    unsubscribed: '/en/subscribe/unsubscribed/',
    form: '/en/subscribe/',
  },
} as const;
const page = (lang: Lang, name: keyof (typeof PAGES)['sv']) => `${digestSettings().siteUrl}${PAGES[lang][name]}`;

/** A small page the CMS answers itself (a refused link, the unsubscribe button): no script, no styles. */
function html(ctx: Ctx, status: number, lang: Lang, title: string, body: string) {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
  // No script, no style; its button posts here and is redirected to the site, which form-action must
  // allow (a browser refuses a form's redirect to an origin the policy does not name).
  ctx.set(
    'Content-Security-Policy',
    `default-src 'none'; form-action 'self' ${new URL(digestSettings().siteUrl).origin}; frame-ancestors 'none'; base-uri 'none'`,
  );
  ctx.body = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(title)} – Servicekunskapsbanken</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

const langOf = (value: unknown): Lang => (value === 'en' ? 'en' : 'sv');

function badLink(ctx: Ctx, lang: Lang) {
  const text =
    lang === 'en'
      ? { title: 'The link does not work', body: 'The link is wrong or has expired. You can subscribe again' }
      : { title: 'Länken fungerar inte', body: 'Länken är felaktig eller för gammal. Du kan anmäla dig igen' };
  html(
    ctx,
    400,
    lang,
    text.title,
    `<p>${text.body}: <a href="${escapeHtml(page(lang, 'form'))}">${escapeHtml(page(lang, 'form'))}</a>.</p>`,
  );
}

/** A page with one button that posts the link's token back: what a person does, not a link checker. */
function buttonPage(ctx: Ctx, lang: Lang, text: { title: string; body: string; button: string }, action: string) {
  html(
    ctx,
    200,
    lang,
    text.title,
    `<p>${text.body}</p>\n<form method="post" action="${escapeHtml(action)}"><button type="submit">${text.button}</button></form>`,
  );
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async subscribe(ctx: Ctx) {
    const fromForm = Boolean(ctx.request.is('urlencoded'));
    if (!requests.allow(ctx.request.ip)) {
      answerTooManyRequests(ctx, windowSeconds, 'För många anmälningar på kort tid. Försök igen om en stund.');
      return;
    }
    const input = submittedFields(ctx);
    if (!input) {
      throw toStrapiValidationError(
        new EntryValidationError('subscription', [
          { field: '(body)', message: 'Skicka anmälan som JSON eller formulär' },
        ]),
      );
    }
    const lang = langOf(input.language);
    const received = () => {
      if (fromForm) {
        ctx.status = 303;
        ctx.redirect(page(lang, 'thanks'));
      } else {
        ctx.status = 202;
        ctx.body = { data: { received: true } };
      }
    };
    // A filled honeypot is a bot: the same answer as anyone gets, and nothing stored or sent.
    if (typeof input.website === 'string' && input.website.trim() !== '') return received();
    const parsed = subscriptionChoices.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        field: fieldPath(issue.path) || '(body)',
        message: issue.message,
      }));
      if (fromForm) {
        const back = lang === 'en' ? 'Go back to the form' : 'Tillbaka till formuläret';
        return html(
          ctx,
          400,
          lang,
          lang === 'en' ? 'Something is missing in the form' : 'Något saknas i formuläret',
          `<ul>${issues.map((issue) => `<li>${escapeHtml(issue.message)}</li>`).join('')}</ul>\n<p><a href="${escapeHtml(page(lang, 'form'))}">${back}</a></p>`,
        );
      }
      throw toStrapiValidationError(new EntryValidationError('subscription', issues));
    }
    // The same answer whether the address is new, waiting or confirmed: only its owner learns which.
    const stored = lane.run(async () => {
      const { row, link } = await requestSubscription(strapi, parsed.data);
      if (mailsPerAddress.allow(normaliseEmail(row.email))) {
        const mail = confirmationMail(parsed.data.language, link);
        await strapi
          .plugin('email')
          .service('email')
          .send({ to: row.email, ...mail })
          .catch((error: { code?: string }) =>
            strapi.log.warn(`digest: could not send a confirmation mail (${error.code ?? 'error'})`),
          );
      }
    });
    if (!stored) return answerBusy(ctx, 'Många anmälningar just nu. Försök igen om en halv minut.');
    await stored;
    received();
  },

  /** The page the mail's link opens: it confirms nothing until the reader presses the button. */
  async confirmPage(ctx: Ctx) {
    const row = await subscriptionOfConfirmLink(strapi, ctx.query.token);
    if (!row) return badLink(ctx, langOf(ctx.query.lang));
    const lang = row.language;
    const text =
      lang === 'en'
        ? {
            title: 'Confirm your subscription',
            body: 'Press the button to start receiving the mails you chose.',
            button: 'Confirm the subscription',
          }
        : {
            title: 'Bekräfta prenumerationen',
            body: 'Tryck på knappen för att börja få de utskick du valde.',
            button: 'Bekräfta prenumerationen',
          };
    buttonPage(ctx, lang, text, `?token=${encodeURIComponent(String(ctx.query.token))}`);
  },

  async confirm(ctx: Ctx) {
    const result = await confirmSubscription(strapi, ctx.query.token);
    if (!result.ok) return badLink(ctx, langOf(ctx.query.lang));
    ctx.status = 303;
    ctx.redirect(page(result.row.language, 'confirmed'));
  },

  async unsubscribePage(ctx: Ctx) {
    const row = await subscriptionOfUnsubscribeLink(strapi, ctx.query.token);
    if (!row) return badLink(ctx, langOf(ctx.query.lang));
    const lang = row.language;
    const text =
      lang === 'en'
        ? {
            title: 'Unsubscribe',
            body: 'Press the button to stop the mails. Your address is deleted at once.',
            button: 'Unsubscribe',
          }
        : {
            title: 'Avsluta prenumerationen',
            body: 'Tryck på knappen för att sluta få utskicken. Din adress raderas direkt.',
            button: 'Avsluta prenumerationen',
          };
    buttonPage(ctx, lang, text, `?token=${encodeURIComponent(String(ctx.query.token))}`);
  },

  async unsubscribe(ctx: Ctx) {
    const body = ctx.request.body as Record<string, unknown> | undefined;
    const oneClick = body?.['List-Unsubscribe'] === 'One-Click';
    const row = await subscriptionOfUnsubscribeLink(strapi, ctx.query.token);
    const result = await unsubscribe(strapi, ctx.query.token);
    if (result === 'invalid') return badLink(ctx, langOf(ctx.query.lang));
    if (oneClick) {
      ctx.status = 200;
      ctx.body = { data: { unsubscribed: true } };
      return;
    }
    ctx.status = 303;
    ctx.redirect(page(row?.language ?? 'sv', 'unsubscribed'));
  },
});
