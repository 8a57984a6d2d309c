import { foldForSearch } from '../../main/contract';

/**
 * What a search box matches: letters without their accents ("celik" finds "Çelik"), any case,
 * and a badge number with or without its colons ("5F34CFC1" finds "5F:34:CF:C1").
 */
const fold = foldForSearch;
const compact = (text: string) => fold(text).replace(/[\s:.-]/g, '');

export function matchesSearch(query: string, ...fields: (string | null | undefined)[]): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  const qc = compact(query);
  return fields.some((f) => f && (fold(f).includes(q) || (qc && compact(f).includes(qc))));
}
