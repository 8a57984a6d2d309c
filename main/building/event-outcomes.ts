/**
 * Door-event texts, whatever the vendor prints, mapped to one canonical outcome. The built-in
 * vocabulary covers the usual Dutch and English wordings (Nedap AEOS, Paxton Net2, Salto, Lenel,
 * Genetec, Gallagher); the office manager can add rules for anything else. A text nobody
 * recognises is kept as it was and listed, never dropped.
 */
import type { Outcome } from '../../vocabulary';

export interface OutcomeRule {
  /** Every word group must occur in the event text (all columns that describe it, joined). */
  all: string[];
  outcome: Outcome;
  /** The text must be exactly this (normalised), not merely contain it. */
  whole?: boolean;
}

export function normaliseText(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Most specific first: the first rule whose words all occur wins. */
export const builtInRules: OutcomeRule[] = [
  // Denials with a reason, before the plain "denied" and "valid token" rules.
  { all: ['anti passback'], outcome: 'DENIED_APB' },
  { all: ['antipassback'], outcome: 'DENIED_APB' },
  { all: ['passback'], outcome: 'DENIED_APB' },
  { all: ['verloren'], outcome: 'DENIED_LOST' },
  // Salto's blacklist holds the keys reported lost; a cancelled key is merely blocked.
  { all: ['blacklist'], outcome: 'DENIED_LOST' },
  { all: [' lost '], outcome: 'DENIED_LOST' },
  { all: ['gestolen'], outcome: 'DENIED_LOST' },
  { all: ['stolen'], outcome: 'DENIED_LOST' },
  { all: ['verlopen'], outcome: 'DENIED_EXPIRED' },
  { all: ['expired'], outcome: 'DENIED_EXPIRED' },
  { all: ['niet meer geldig'], outcome: 'DENIED_EXPIRED' },
  { all: ['not yet valid'], outcome: 'DENIED_EXPIRED' },
  { all: ['tijdschema'], outcome: 'DENIED_SCHEDULE' },
  { all: ['tijdzone'], outcome: 'DENIED_SCHEDULE' },
  { all: ['wrong time'], outcome: 'DENIED_SCHEDULE' },
  { all: ['outside schedule'], outcome: 'DENIED_SCHEDULE' },
  { all: ['time zone'], outcome: 'DENIED_SCHEDULE' },
  { all: ['timezone'], outcome: 'DENIED_SCHEDULE' },
  { all: ['out of time'], outcome: 'DENIED_SCHEDULE' },
  { all: ['outside time'], outcome: 'DENIED_SCHEDULE' },
  { all: ['buiten tijd'], outcome: 'DENIED_SCHEDULE' },
  { all: ['schedule'], outcome: 'DENIED_SCHEDULE' },
  { all: ['onbekende kaart'], outcome: 'DENIED_UNKNOWN' },
  { all: ['onbekend'], outcome: 'DENIED_UNKNOWN' },
  { all: ['unknown'], outcome: 'DENIED_UNKNOWN' },
  { all: ['not in system'], outcome: 'DENIED_UNKNOWN' },
  { all: ['invalid card'], outcome: 'DENIED_UNKNOWN' },
  { all: ['invalid badge'], outcome: 'DENIED_UNKNOWN' },
  { all: ['invalid credential'], outcome: 'DENIED_UNKNOWN' },
  { all: ['unknown credential'], outcome: 'DENIED_UNKNOWN' },
  { all: ['geblokkeerd'], outcome: 'DENIED_BLOCKED' },
  { all: ['blocked'], outcome: 'DENIED_BLOCKED' },
  { all: ['barred'], outcome: 'DENIED_BLOCKED' },
  { all: ['disabled'], outcome: 'DENIED_BLOCKED' },
  { all: ['inactive'], outcome: 'DENIED_BLOCKED' },
  { all: ['cancelled'], outcome: 'DENIED_BLOCKED' },
  { all: ['canceled'], outcome: 'DENIED_BLOCKED' },
  { all: ['ingetrokken'], outcome: 'DENIED_BLOCKED' },
  { all: ['suspended'], outcome: 'DENIED_BLOCKED' },
  { all: ['geen autorisatie'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['geen toegangsrecht'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['no access rights'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['no access'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['not authorised'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['not authorized'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['insufficient'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['no privileges'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['not permitted'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['no access level'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['geen rechten'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['geforceerd'], outcome: 'DOOR_FORCED' },
  { all: ['forced'], outcome: 'DOOR_FORCED' },
  { all: ['opengebroken'], outcome: 'DOOR_FORCED' },
  { all: ['intrusion'], outcome: 'DOOR_FORCED' },
  { all: ['inbraak'], outcome: 'DOOR_FORCED' },
  { all: ['te lang open'], outcome: 'DOOR_HELD' },
  { all: ['held open'], outcome: 'DOOR_HELD' },
  { all: ['left open'], outcome: 'DOOR_HELD' },
  { all: ['door open too long'], outcome: 'DOOR_HELD' },
  { all: ['open too long'], outcome: 'DOOR_HELD' },
  { all: ['ajar'], outcome: 'DOOR_HELD' },
  { all: ['propped'], outcome: 'DOOR_HELD' },
  { all: ['drukknop'], outcome: 'REX' },
  { all: ['exit button'], outcome: 'REX' },
  { all: ['request to exit'], outcome: 'REX' },
  { all: ['rex'], outcome: 'REX' },
  { all: ['uitgangsknop'], outcome: 'REX' },
  { all: ['inside handle'], outcome: 'REX' },
  { all: ['exit request'], outcome: 'REX' },
  { all: ['egress'], outcome: 'REX' },
  // Plain "granted" and "denied" below (plainOutcome): only with words that add nothing.
];

/**
 * Plain "granted" and "denied" count only with words that add nothing to them ("Access
 * permitted — Valid token", "Door opened: key", "Opening not allowed"): "Toegang geweigerd -
 * pincode fout" says more than "geweigerd", and what that more means is for a person to decide.
 */
const grantWords = new Set([
  ...['granted', 'verleend', 'permitted', 'toegestaan', 'accepted', 'allowed', 'ok'],
]);
const denyWords = new Set(['denied', 'geweigerd', 'rejected', 'refused', 'weigering']);
const negations = new Set(['not', 'niet', 'no', 'geen']);
const credentials = ['card', 'kaart', 'badge', 'token', 'key', 'sleutel', 'pas', 'credential'];
const filler = new Set([
  ...credentials,
  ...['access', 'toegang', 'door', 'deur', 'valid', 'geldig', 'geldige', 'normal', 'normaal'],
  ...['entry', 'opening', 'open', 'opened', 'geopend', 'with', 'met', 'by', 'user', 'event'],
  ...['the', 'a', 'de', 'het', 'een', 'in', 'out', 'uit', 'at', 'op', 'to'],
]);

function plainOutcome(normal: string): Outcome | null {
  const words = normal.trim().split(' ').filter(Boolean);
  const only = (extra: Set<string>) => words.every((w) => extra.has(w) || filler.has(w));
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  const negated = has(negations);
  if (
    (has(denyWords) || (negated && has(grantWords))) &&
    only(new Set([...denyWords, ...grantWords, ...negations]))
  )
    return 'DENIED_NO_RIGHTS';
  if (negated || !only(grantWords)) return null;
  // "Door opened: key": an opening by a credential is an entry granted.
  const opened = words.some((w) => w === 'opened' || w === 'geopend');
  if (has(grantWords) || (opened && words.some((w) => credentials.includes(w)))) return 'GRANTED';
  if (words.includes('valid') && words.some((w) => credentials.includes(w))) return 'GRANTED';
  return null;
}

type Family = 'granted' | 'denied' | 'alarm' | 'rex';
const familyOf = (o: Outcome): Family =>
  o === 'GRANTED' ? 'granted' : o.startsWith('DENIED_') ? 'denied' : o === 'REX' ? 'rex' : 'alarm';

/**
 * A category column beside a description: the category decides what happened ("Granted" beside
 * "Access Granted", "Denied" beside "Invalid Badge"); the description may only say it more
 * precisely within the same kind (which denial, which alarm). A generic category ("Door",
 * "Door Alarm", "Access") leaves it to the description.
 */
export function combineOutcomes(
  category: Outcome | null,
  described: Outcome | null,
): Outcome | null {
  if (category === null) return described;
  if (described !== null && familyOf(described) === familyOf(category) && category !== 'GRANTED')
    return described;
  return category;
}

/** Rules as stored text match padded, normalised text: ' lost ' only as a whole word. */
function compile(rules: OutcomeRule[]) {
  return rules.map((r) => ({
    words: r.all.map((w) => (w.startsWith(' ') ? w : normaliseText(w).trim())),
    whole: r.whole ? normaliseText(r.all.join(' ')) : null,
    outcome: r.outcome,
  }));
}

export function outcomeClassifier(custom: OutcomeRule[] = []) {
  // The office manager's rules come first: they are there to override.
  const own = compile(custom);
  const builtIn = compile(builtInRules);
  const find = (rules: ReturnType<typeof compile>, normal: string) =>
    rules.find((r) => (r.whole ? normal === r.whole : r.words.every((w) => normal.includes(w))))
      ?.outcome ?? null;
  const cache = new Map<string, Outcome | null>();
  const classify = (text: string, ownRules = true): Outcome | null => {
    const key = ownRules ? text : `\u0000${text}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const normal = normaliseText(text);
    const outcome =
      (ownRules ? find(own, normal) : null) ?? find(builtIn, normal) ?? plainOutcome(normal);
    cache.set(key, outcome);
    return outcome;
  };
  return Object.assign((text: string) => classify(text), {
    /**
     * A row's outcome from its category and its description, stored as one text: the office
     * manager's rules for that whole text first, then the category and description combined.
     */
    event(text: string, category: string, described: string): Outcome | null {
      if (!category || !described) return classify(text);
      return (
        find(own, normaliseText(text)) ??
        combineOutcomes(classify(category, false), classify(described, false))
      );
    },
  });
}
