import { describe, expect, it } from 'vitest';
import { catalogues, translate, uiLocales } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('have the same keys in every language and no empty or untranslated text', () => {
    const [first, ...rest] = uiLocales.map((l) => catalogues[l]);
    for (const other of rest) expect(Object.keys(other).sort()).toEqual(Object.keys(first!).sort());
    for (const key of Object.keys(catalogues.nl) as (keyof typeof catalogues.nl)[]) {
      expect(catalogues.nl[key].trim(), key).not.toBe('');
      expect(catalogues.en[key].trim(), key).not.toBe('');
      expect(placeholders(catalogues.en[key]), key).toEqual(placeholders(catalogues.nl[key]));
    }
  });

  it('has a message for every error code the contract can return', async () => {
    const { errorCodes } = await import('../../main/contract');
    for (const code of errorCodes) {
      expect(catalogues.nl).toHaveProperty(`error.${code}`);
    }
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(translate('en', 'visitor.doneTitle', { name: 'Eva' })).toBe('Welcome, Eva');
    expect(translate('nl', 'visitor.doneTitle')).toBe('Welkom, {name}');
  });
});
