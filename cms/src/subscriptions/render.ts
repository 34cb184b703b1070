import { publicTypeByName, TIME_ZONE } from '@skb/content-types';

// The mails of the digest, in plain text and simple accessible HTML (a lang attribute, headings,
// real links), in Swedish or English as the reader chose.

export interface DigestItem {
  type: string;
  title: string;
  summary: string;
  url: string;
  /** A funding call's deadline (ISO), for the deadline list. */
  deadline?: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Lang = 'sv' | 'en';

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const T = {
  sv: {
    bank: 'Servicekunskapsbanken',
    confirmSubject: 'Bekräfta din prenumeration på Servicekunskapsbanken',
    confirmIntro:
      'Någon, förhoppningsvis du, har bett att få nyheter från Servicekunskapsbanken till den här adressen. Bekräfta med länken nedan. Länken gäller i tre dygn.',
    confirmAction: 'Bekräfta prenumerationen',
    confirmIgnore:
      'Om det inte var du behöver du inte göra något: utan bekräftelse skickar vi inget mer, och adressen raderas efter sju dagar.',
    digestSubject: (n: number) => `Nytt i Servicekunskapsbanken: ${n} ${n === 1 ? 'post' : 'poster'}`,
    digestIntro: 'Här är det nya som matchar det du valt att följa.',
    newHeading: 'Nytt sedan förra utskicket',
    deadlineHeading: 'Sista ansökningsdag inom 14 dagar',
    deadline: 'Sista ansökningsdag',
    change: 'Ändra vad du följer',
    changeHelp: 'Fyll i formuläret igen med samma adress; vi skickar en länk som bekräftar de nya valen.',
    unsubscribe: 'Avsluta prenumerationen',
  },
  en: {
    bank: 'Servicekunskapsbanken',
    confirmSubject: 'Confirm your subscription to Servicekunskapsbanken',
    confirmIntro:
      'Someone, hopefully you, has asked for news from Servicekunskapsbanken at this address. Please confirm with the link below. The link works for three days.',
    confirmAction: 'Confirm the subscription',
    confirmIgnore:
      'If it was not you, you need do nothing: without confirmation we send nothing more, and the address is deleted after seven days.',
    digestSubject: (n: number) => `New in Servicekunskapsbanken: ${n} ${n === 1 ? 'entry' : 'entries'}`,
    digestIntro: 'Here is what is new among the things you chose to follow.',
    newHeading: 'New since the last mail',
    deadlineHeading: 'Application deadlines within 14 days',
    deadline: 'Deadline',
    change: 'Change what you follow',
    changeHelp: 'Fill in the form again with the same address; we send a link that confirms the new choice.',
    unsubscribe: 'Unsubscribe',
  },
} as const;

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em; color: #1a1a1a;">
${body}
</body>
</html>
`;
}

export function confirmationMail(lang: Lang, link: string): RenderedMail {
  const t = T[lang];
  return {
    subject: t.confirmSubject,
    text: `${t.confirmIntro}\n\n${t.confirmAction}:\n${link}\n\n${t.confirmIgnore}\n\n${t.bank}\n`,
    html: page(
      lang,
      t.confirmSubject,
      `<h1>${escapeHtml(t.confirmSubject)}</h1>
<p>${escapeHtml(t.confirmIntro)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(t.confirmAction)}</a></p>
<p>${escapeHtml(t.confirmIgnore)}</p>`,
    ),
  };
}

const typeLabel = (type: string, lang: Lang) => {
  const label = publicTypeByName(type)?.label;
  return (lang === 'sv' ? label?.sv : label?.en) ?? type;
};

const dateText = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );

export function digestMail(
  lang: Lang,
  content: { items: DigestItem[]; deadlines: DigestItem[]; changeUrl: string; unsubscribeUrl: string },
): RenderedMail {
  const t = T[lang];
  const count = content.items.length + content.deadlines.length;
  const subject = t.digestSubject(count);
  const textItem = (item: DigestItem) =>
    `* ${item.title} (${typeLabel(item.type, lang)})${item.deadline ? `\n  ${t.deadline}: ${dateText(item.deadline, lang)}` : ''}\n  ${item.summary}\n  ${item.url}`;
  const htmlItem = (item: DigestItem) =>
    `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a> (${escapeHtml(typeLabel(item.type, lang))})${
      item.deadline ? `<br>${escapeHtml(t.deadline)}: ${escapeHtml(dateText(item.deadline, lang))}` : ''
    }<br>${escapeHtml(item.summary)}</li>`;
  const textSections: string[] = [];
  const htmlSections: string[] = [];
  if (content.items.length > 0) {
    textSections.push(`${t.newHeading}\n\n${content.items.map(textItem).join('\n\n')}`);
    htmlSections.push(`<h2>${escapeHtml(t.newHeading)}</h2>\n<ul>\n${content.items.map(htmlItem).join('\n')}\n</ul>`);
  }
  if (content.deadlines.length > 0) {
    textSections.push(`${t.deadlineHeading}\n\n${content.deadlines.map(textItem).join('\n\n')}`);
    htmlSections.push(
      `<h2>${escapeHtml(t.deadlineHeading)}</h2>\n<ul>\n${content.deadlines.map(htmlItem).join('\n')}\n</ul>`,
    );
  }
  const footerText = `${t.change}: ${content.changeUrl}\n${t.changeHelp}\n\n${t.unsubscribe}: ${content.unsubscribeUrl}\n`;
  const footerHtml = `<hr>
<p><a href="${escapeHtml(content.changeUrl)}">${escapeHtml(t.change)}</a>. ${escapeHtml(t.changeHelp)}</p>
<p><a href="${escapeHtml(content.unsubscribeUrl)}">${escapeHtml(t.unsubscribe)}</a></p>`;
  return {
    subject,
    text: `${t.digestIntro}\n\n${textSections.join('\n\n')}\n\n--\n${footerText}`,
    html: page(
      lang,
      subject,
      `<h1>${escapeHtml(subject)}</h1>\n<p>${escapeHtml(t.digestIntro)}</p>\n${htmlSections.join('\n')}\n${footerHtml}`,
    ),
  };
}
