import { municipality as municipalityRecord } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { mailSettings } from '../mail/settings';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

function send(strapi: Core.Strapi, mail: Mail): Promise<void> {
  return strapi.plugin('email').service('email').send(mail) as Promise<void>;
}

/** Tells the editors that a question has come in: where from and where to answer it, never who asked. */
export function announceQuestion(strapi: Core.Strapi, question: { documentId: string; municipality?: string | null }) {
  const place = question.municipality ? ` från ${municipalityRecord(question.municipality).name}` : '';
  const admin = `${process.env.CMS_PUBLIC_URL || ''}/admin/content-manager/collection-types/api::question.question/${question.documentId}`;
  return send(strapi, {
    to: mailSettings().HELPDESK_EDITORS_EMAIL,
    subject: `Ny fråga till helpdesken${place}`,
    text: `En ny fråga har kommit in till Servicekunskapsbankens helpdesk${place}.\n\nLäs och besvara den i administrationen:\n${admin}\n`,
  });
}

/** Sends the editors' answer to the asker, with their own question quoted below it. */
export function sendAnswer(
  strapi: Core.Strapi,
  question: { name: string; email: string; question: string; answer: string },
) {
  const quoted = question.question
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return send(strapi, {
    to: question.email,
    subject: 'Svar på din fråga till Servicekunskapsbanken',
    text: `Hej ${question.name}!\n\n${question.answer}\n\nDin fråga:\n${quoted}\n\nVänliga hälsningar\nServicekunskapsbankens helpdesk\n`,
  });
}
