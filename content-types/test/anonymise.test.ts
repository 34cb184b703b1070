import { describe, expect, it } from 'vitest';
import { anonymise, personalDataIn } from '../src/anonymise.ts';

const asker = { name: 'Karin Åström', email: 'karin.astrom@exempel.se' };

describe('anonymise', () => {
  it('removes the asker’s name, whole or in parts, and their e-mail address', () => {
    expect(anonymise('Hej, jag heter Karin Åström och bor i byn. Åström är mitt namn.', asker)).toBe(
      'Hej, jag heter [namn] och bor i byn. [namn] är mitt namn.',
    );
    expect(anonymise('Svara till karin.astrom@exempel.se', asker)).toBe('Svara till [e-postadress]');
  });

  it('removes any e-mail address, phone number and personnummer', () => {
    expect(anonymise('Skriv till ordf@byalaget.nu eller ring 070-123 45 67.')).toBe(
      'Skriv till [e-postadress] eller ring [telefonnummer].',
    );
    expect(anonymise('Växel 08-123 456 78, mobil +46 70 123 45 67')).toBe(
      'Växel [telefonnummer], mobil [telefonnummer]',
    );
    expect(anonymise('Mitt personnummer är 19650412-1234 och hans 650412+1234.')).toBe(
      'Mitt personnummer är [personnummer] och hans [personnummer].',
    );
  });

  it('leaves years, amounts, municipality codes and words with a name inside alone', () => {
    const text = 'Sedan 2019 har 12 000 kr gått till butiken i kommun 2425. Karinsborg är en by.';
    expect(anonymise(text, asker)).toBe(text);
    expect(personalDataIn(text, asker)).toBe(false);
    expect(personalDataIn('ring 0702-12 34 56')).toBe(true);
  });
});
