import { describe, expect, it } from 'vitest';
import { asciiFold, MAX_SLUG_LENGTH, slugify, uniqueSlug } from '../src/slug.ts';

describe('slugify', () => {
  it.each([
    ['Åsele torg', 'asele-torg'],
    ['Älvdalen', 'alvdalen'],
    ['Östersund och Örnsköldsvik', 'ostersund-och-ornskoldsvik'],
    ['Hörby – en bygd i förändring!', 'horby-en-bygd-i-forandring'],
    ['  Många   mellanslag  ', 'manga-mellanslag'],
    ['Café & Bageri i Skåne', 'cafe-bageri-i-skane'],
    ['Bredband 2030: 98 % uppkopplade', 'bredband-2030-98-uppkopplade'],
    ['ÅÄÖ åäö', 'aao-aao'],
    ['Straße Ærø', 'strasse-aero'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('post');
    expect(slugify('')).toBe('post');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'En mycket lång titel om hemsändning av dagligvaror i glesbygden och vad kommunerna kan göra för att behålla den',
    );
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^en-mycket-lang-titel-om-hemsandning/);
  });
});

describe('asciiFold', () => {
  it('keeps case and folds å, ä, ö and accents', () => {
    expect(asciiFold('Älvdalen Åre Öckerö Malå Vännäs Piteå Töreboda')).toBe(
      'Alvdalen Are Ockero Mala Vannas Pitea Toreboda',
    );
    expect(asciiFold('Linköping é ü')).toBe('Linkoping e u');
  });
});

describe('uniqueSlug', () => {
  it('appends -2, -3 … until the slug is free', async () => {
    const taken = new Set(['asele-torg', 'asele-torg-2']);
    expect(await uniqueSlug('Åsele torg', (slug) => taken.has(slug))).toBe('asele-torg-3');
  });

  it('asks an async lookup and takes the first free slug', async () => {
    const asked: string[] = [];
    const slug = await uniqueSlug('Ny metod', async (candidate) => {
      asked.push(candidate);
      return candidate === 'ny-metod';
    });
    expect(slug).toBe('ny-metod-2');
    expect(asked).toEqual(['ny-metod', 'ny-metod-2']);
  });
});
