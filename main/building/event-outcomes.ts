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

function wholeTexts(outcome: Outcome, texts: string[]): OutcomeRule[] {
  return texts.map((text) => ({ all: [text], outcome, whole: true }));
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
  { all: ['blacklisted'], outcome: 'DENIED_BLOCKED' },
  { all: ['suspended'], outcome: 'DENIED_BLOCKED' },
  { all: ['geen autorisatie'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['geen toegangsrecht'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['no access rights'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['no access'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['not authorised'], outcome: 'DENIED_NO_RIGHTS' },
  { all: ['not authorized'], outcome: 'DENIED_NO_RIGHTS' },
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
  { all: ['drukknop'], outcome: 'REX' },
  { all: ['exit button'], outcome: 'REX' },
  { all: ['request to exit'], outcome: 'REX' },
  { all: ['rex'], outcome: 'REX' },
  { all: ['uitgangsknop'], outcome: 'REX' },
  // Plain "granted" and "denied" count only as the whole text: "Toegang geweigerd - pincode fout"
  // says more than "geweigerd", and what that more means is for a person to decide.
  ...wholeTexts('DENIED_NO_RIGHTS', ['geweigerd', 'toegang geweigerd', 'denied', 'access denied']),
  ...wholeTexts('DENIED_NO_RIGHTS', ['rejected', 'access rejected', 'refused', 'access refused']),
  ...wholeTexts('GRANTED', ['verleend', 'toegang verleend', 'toegestaan', 'toegang toegestaan']),
  ...wholeTexts('GRANTED', ['granted', 'access granted', 'permitted', 'access permitted']),
  ...wholeTexts('GRANTED', ['accepted', 'access accepted']),
  { all: ['valid token'], outcome: 'GRANTED' },
  { all: ['valid card'], outcome: 'GRANTED' },
  { all: ['access ok'], outcome: 'GRANTED' },
];

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
  const rules = compile([...custom, ...builtInRules]);
  const cache = new Map<string, Outcome | null>();
  return (text: string): Outcome | null => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const normal = normaliseText(text);
    const hit = rules.find((r) =>
      r.whole ? normal === r.whole : r.words.every((w) => normal.includes(w)),
    );
    const outcome = hit?.outcome ?? null;
    cache.set(text, outcome);
    return outcome;
  };
}
