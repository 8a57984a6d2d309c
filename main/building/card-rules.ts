/**
 * How access-control systems print the UIDs the kiosk reads (see the card-number notes). Each rule
 * turns a canonical UID into the number a building's export would show; matching runs the other
 * way round by indexing every known tag under every rule.
 */
import { cardRules, type CardRule } from '../../vocabulary';
import type { RuleScore } from './calls';

/** What a rule yields: a normalised number to compare, and whether it identifies the tag fully. */
export interface CardNumber {
  key: string;
  /** Truncated forms (first four bytes, tokens, Wiegand) can collide between tags. */
  truncated: boolean;
}

const bytesOf = (uid: string) => (uid.match(/.{2}/g) ?? []).map((h) => parseInt(h, 16));
const hexOf = (bytes: number[]) =>
  bytes
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
const decimalOf = (bytes: number[]) => BigInt(`0x${hexOf(bytes) || '0'}`).toString();
/** Hex compared as a number: leading zeros vanish in spreadsheets just as in decimals. */
const hexKey = (hex: string) => hex.replace(/^0+(?=.)/, '');

/** The number a rule prints for a UID, already normalised the way `normaliseCard` reads a file. */
export function cardNumberFor(uid: string, rule: CardRule): CardNumber {
  const b = bytesOf(uid);
  const first4 = b.slice(0, 4);
  // A reader that only completes cascade level 1 of a 7- or 10-byte UID sees 88 u0 u1 u2.
  const cascade1 = b.length > 4 ? [0x88, ...b.slice(0, 3)] : first4;
  const wiegand = (three: number[]) =>
    `${three[0] ?? 0}:${((three[1] ?? 0) << 8) | (three[2] ?? 0)}`;
  // HID's wider frames carry the 32 bits of the first four bytes, split facility:card.
  const value = first4.reduce((v, byte) => v * 256 + byte, 0);
  const split = (cardBits: number) =>
    `${Math.floor(value / 2 ** cardBits)}:${value % 2 ** cardBits}`;
  switch (rule) {
    case 'hex':
      return { key: hexKey(hexOf(b)), truncated: false };
    case 'hex-reversed':
      return { key: hexKey(hexOf([...b].reverse())), truncated: false };
    case 'decimal':
      return { key: decimalOf(b), truncated: false };
    case 'decimal-reversed':
      return { key: decimalOf([...b].reverse()), truncated: false };
    case 'first4-decimal':
      return { key: decimalOf(first4), truncated: b.length > 4 };
    case 'first4-decimal-reversed':
      return { key: decimalOf([...first4].reverse()), truncated: b.length > 4 };
    case 'cascade1-decimal-reversed':
      return { key: decimalOf([...cascade1].reverse()), truncated: b.length > 4 };
    case 'net2-token':
      return { key: String(Number(BigInt(decimalOf(first4)) % 100_000_000n)), truncated: true };
    case 'wiegand26-low3':
      return { key: wiegand(b.slice(-3)), truncated: true };
    case 'wiegand26-first4-reversed':
      return { key: wiegand([...first4].reverse().slice(-3)), truncated: true };
    case 'wiegand34-first4':
      return { key: split(16), truncated: b.length > 4 };
    case 'wiegand35-first4':
      return { key: split(20), truncated: b.length > 4 };
    case 'wiegand37-first4':
      return { key: split(19), truncated: b.length > 4 };
  }
}

/** Facility code and card number, as Wiegand frames split them (bits of each). */
const frames: Partial<Record<CardRule, { facilityBits: number; cardBits: number }>> = {
  'wiegand26-low3': { facilityBits: 8, cardBits: 16 },
  'wiegand26-first4-reversed': { facilityBits: 8, cardBits: 16 },
  'wiegand34-first4': { facilityBits: 16, cardBits: 16 },
  'wiegand35-first4': { facilityBits: 12, cardBits: 20 },
  'wiegand37-first4': { facilityBits: 13, cardBits: 19 },
};

const decimalRules = new Set<CardRule>([
  'decimal',
  'decimal-reversed',
  'first4-decimal',
  'first4-decimal-reversed',
  'cascade1-decimal-reversed',
  'net2-token',
]);

/**
 * A card number from a file in the form a rule compares: decimals as integers (Excel and Net2
 * drop leading zeros), hex upper-case without separators, Wiegand as "facility:card".
 * Returns null when the text cannot be a number of that rule.
 */
export function normaliseCard(text: string, rule: CardRule, facility?: string): string | null {
  const raw = text.trim();
  if (!raw) return null;
  const frame = frames[rule];
  if (frame) {
    const pair = facility !== undefined ? [facility.trim(), raw] : raw.split(/[:/\s-]+/);
    if (pair.length !== 2 || !pair.every((p) => /^\d{1,7}$/.test(p))) return null;
    const [fc, cn] = pair.map(Number) as [number, number];
    return fc < 2 ** frame.facilityBits && cn < 2 ** frame.cardBits ? `${fc}:${cn}` : null;
  }
  if (decimalRules.has(rule)) {
    if (!/^\d{1,40}$/.test(raw)) return null;
    return BigInt(raw).toString();
  }
  const hex = raw.replace(/[\s:-]/g, '').toUpperCase();
  return /^[0-9A-F]{1,40}$/.test(hex) ? hexKey(hex) : null;
}

export { printedCard } from '../../db/printed-card';

export interface CardIndex {
  /** Tags known under a rule, by normalised number. */
  lookup(rule: CardRule, key: string): string[];
  /** One known tag (for an example of each rule), or null when none is known. */
  anyUid: string | null;
}

export function indexTags(uids: readonly string[]): CardIndex {
  const byRule = new Map<CardRule, Map<string, string[]>>();
  for (const rule of cardRules) {
    const map = new Map<string, string[]>();
    for (const uid of uids) {
      const { key } = cardNumberFor(uid, rule);
      map.set(key, [...(map.get(key) ?? []), uid]);
    }
    byRule.set(rule, map);
  }
  return { lookup: (rule, key) => byRule.get(rule)?.get(key) ?? [], anyUid: uids[0] ?? null };
}

/**
 * Which rule explains the file's numbers best: the one under which the most distinct numbers
 * match a known tag. Full-UID rules win ties over truncated ones (a truncated match is only a
 * candidate).
 */
export function detectCardRule(
  numbers: Iterable<{ text: string; facility?: string }>,
  index: CardIndex,
): { rule: CardRule | null; scores: RuleScore[]; distinct: number; exampleUid: string | null } {
  const distinct = new Map<string, { text: string; facility?: string }>();
  for (const n of numbers)
    if (n.text.trim()) distinct.set(`${n.facility ?? ''}|${n.text.trim()}`, n);
  const firstMatch = new Map<CardRule, string>();
  const counts = cardRules.map((rule) => {
    let matched = 0;
    let ambiguous = 0;
    for (const n of distinct.values()) {
      const key = normaliseCard(n.text, rule, n.facility);
      const hits = key === null ? [] : index.lookup(rule, key);
      if (hits.length === 1) {
        matched += 1;
        if (!firstMatch.has(rule)) firstMatch.set(rule, hits[0]!);
      } else if (hits.length > 1) ambiguous += 1;
    }
    return { rule, matched, ambiguous };
  });
  const best = [...counts].sort((a, b) => b.matched - a.matched || a.ambiguous - b.ambiguous)[0];
  const rule = best && best.matched > 0 ? best.rule : null;
  // One of our tags as each rule would print it, so the choice can be made by looking at the
  // file: a tag the file holds under the best rule, or any tag when none matched.
  const exampleUid = (rule && firstMatch.get(rule)) ?? index.anyUid;
  const scores = counts.map((s) => ({
    ...s,
    example:
      exampleUid === null ? null : printedForm(cardNumberFor(exampleUid, s.rule).key, s.rule),
  }));
  return { rule, scores, distinct: distinct.size, exampleUid };
}

/** A rule's number as an export would show it: Wiegand's facility code and card number apart. */
function printedForm(key: string, rule: CardRule): string {
  return frames[rule] ? key.replace(':', ' / ') : key;
}
