import { foldForSearch } from '../../vocabulary';

/** Names as people type them on a touchscreen: without accents, case or extra spaces. */
export const fold = (text: string) => foldForSearch(text).replace(/\s+/g, ' ').trim();

/** Does every word typed start a word of the name ("jan vis" finds "Jan de Visser")? */
export function matchesTyped(name: string, typed: string): boolean {
  const words = fold(name).split(/[\s\-'.()]+/);
  return fold(typed)
    .split(' ')
    .filter(Boolean)
    .every((part) => words.some((w) => w.startsWith(part)));
}

/** A name fit to store and show: visible characters, one space between words, not too long. */
export function cleanName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .replace(/[\p{Cf}\u2028\u2029]/gu, '')
    .replace(/ +/g, ' ')
    .trim();
}
