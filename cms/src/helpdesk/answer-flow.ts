import { anonymise, countyOfMunicipality, isMunicipalityCode, question } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { sendAnswer } from './mail';

type Row = Record<string, unknown>;

function refuse(field: string, message: string): never {
  throw new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError', value: undefined }],
  });
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The helpdesk's answer loop in the Document Service: a question gets the county of its
 * municipality (for the editors' filter); marked *besvarad*, the answer is e-mailed to the asker and
 * the anonymised question and answer are filled in for the editor to check; marked *publicerad*,
 * both are anonymised once more, so no name, e-mail address, phone number or personnummer reaches
 * the public FAQ even when the editor missed it. A mail that cannot be sent undoes the change.
 */
export function registerAnswerFlow(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== question.uid || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: Row };
    const data = params.data ?? {};
    params.data = data;
    const stored =
      context.action === 'update' && params.documentId
        ? ((await strapi.db.query(question.uid).findOne({ where: { documentId: params.documentId } })) as Row | null)
        : null;
    const merged: Row = { ...(stored ?? {}), ...data };
    if ('municipality' in data || !stored) {
      data.county = isMunicipalityCode(merged.municipality) ? countyOfMunicipality(merged.municipality).code : null;
    }
    const asker = { name: text(merged.name), email: text(merged.email) };
    const was = text(stored?.questionStatus) || 'ny';
    const status = text(merged.questionStatus) || 'ny';
    // Only an editor's change from ny sends the answer; a question created already answered (the demo
    // seed) was answered outside the bank and sends nothing.
    const answering = stored !== null && status === 'besvarad' && was === 'ny';
    if (stored && status === 'publicerad' && was === 'ny') {
      refuse(
        'questionStatus',
        'Besvara frågan först (status besvarad), så att frågeställaren får svaret innan det publiceras',
      );
    }
    if (answering || status === 'publicerad') {
      // Shown to the editor (filled in when answering) and enforced again when publishing.
      data.publicQuestion = anonymise(text(merged.publicQuestion) || text(merged.question), asker).slice(0, 1000);
      data.publicAnswer = anonymise(text(merged.publicAnswer) || text(merged.answer), asker);
    }
    if (!answering) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      try {
        await sendAnswer(strapi, {
          name: asker.name,
          email: asker.email,
          question: text(merged.question),
          answer: text(merged.answer),
        });
      } catch (error) {
        // The code only: a mail server's message can name the recipient, and logs carry no personal data.
        strapi.log.error(`helpdesk: the answer could not be sent (${(error as { code?: string }).code ?? 'error'})`);
        throw new errors.ApplicationError(
          'Svaret kunde inte skickas med e-post, så frågan är inte markerad som besvarad. Försök igen om en stund.',
        );
      }
      return result;
    });
  });
}
