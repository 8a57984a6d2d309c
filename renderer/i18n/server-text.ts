/**
 * The kiosk's services answer in English (their log and command line are English); what they say
 * to a person on screen is put into the screen's language here, from one catalogue of templates.
 */
import type { Locale } from '../../main/contract';
import { serverMessages } from './server-messages';

export { serverMessages };

interface Compiled {
  pattern: RegExp;
  names: string[];
  texts: Record<Locale, string>;
  /** How much fixed text the template has: where two fit, the more specific one is meant. */
  fixed: number;
}

const compiled: Compiled[] = serverMessages.map((m) => {
  const names: string[] = [];
  const source = m.en
    .split(/(\{\w+\})/g)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name) {
        names.push(name);
        return '(.+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const fixed = m.en.replace(/\{\w+\}/g, '').length;
  return { pattern: new RegExp(`^${source}$`, 's'), names, texts: m, fixed };
});

/**
 * A service's message in the screen's language. Messages joined with "; " are translated one by
 * one, and a placeholder's value that is itself a known message is translated too.
 */
export function serverText(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  return text
    .split('; ')
    .map((part) => translateOne(part, locale))
    .join('; ');
}

function translateOne(text: string, locale: Locale): string {
  let best: { c: Compiled; match: RegExpExecArray } | null = null;
  for (const c of compiled) {
    if (best && c.fixed <= best.c.fixed) continue;
    const match = c.pattern.exec(text);
    if (match) best = { c, match };
  }
  if (!best) return text;
  const { c, match } = best;
  return c.texts[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = match[c.names.indexOf(name) + 1];
    return value === undefined ? whole : translateOne(value, locale);
  });
}
