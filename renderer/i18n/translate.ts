import type { Locale } from '../../main/contract';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };
export const uiLocales = Object.keys(catalogues) as Locale[];

/** Looks a message up and fills `{name}` placeholders; a missing parameter stays visible. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
