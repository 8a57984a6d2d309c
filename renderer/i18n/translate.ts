import type { Locale } from '../../main/contract';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };
export const uiLocales = Object.keys(catalogues) as Locale[];

/**
 * Looks a message up and fills `{name}` placeholders; a missing parameter stays visible. A count
 * takes its grammar from the language's own plural rules (`Intl.PluralRules`, CLDR), written as
 * in ICU: `{count, plural, one {# bezoek} other {# bezoeken}}`, `#` being the number.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const withPlurals = plurals(catalogues[locale][key], locale, params);
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** One `{n, plural, …}` with its branches; a branch holds text and `{name}`s, nothing deeper. */
const pluralPattern =
  /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const branchPattern = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

function plurals(text: string, locale: Locale, params: Record<string, string | number>): string {
  return text.replace(pluralPattern, (whole, name: string, body: string) => {
    const n = Number(params[name]);
    if (!(name in params) || !Number.isFinite(n)) return whole;
    const branches = new Map([...body.matchAll(branchPattern)].map((m) => [m[1]!, m[2]!]));
    const rule = new Intl.PluralRules(intlLocale[locale]).select(n);
    const chosen = branches.get(`=${n}`) ?? branches.get(rule) ?? branches.get('other') ?? '';
    return chosen.replace(/#/g, new Intl.NumberFormat(intlLocale[locale]).format(n));
  });
}

export const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
