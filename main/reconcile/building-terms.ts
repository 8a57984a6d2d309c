/**
 * The building's own words for what a finding is about: the card number as its export prints it
 * (never our tag's hex UID), the doors as its log names them, and the access levels of its own
 * system instead of our zones. The building manager acts in their system, not in ours.
 */
import type { RecCardholder } from '../../db/repos/reconcile';
import { printedCard } from '../../db/printed-card';
import type { CardRule, Locale } from '../../vocabulary';
import { cardNumberFor } from '../building';
import type { SiteConfig } from '../domain/site-model';
import type { Finding } from './calls';

export interface BuildingSide {
  site: SiteConfig;
  /** The rows of the building's newest cardholder export. */
  cardholders: RecCardholder[];
  /** The card rule that export was read with: how the building prints one of our tags. */
  cardRule: CardRule | null;
}

/** The access levels to change on a card: what it has now and what it should have instead. */
export interface LevelChange {
  now: string[];
  remove: string[];
  add: string[];
  /** Our zones no level of the building gives as the profile wants (said by their names). */
  uncovered: string[];
}

export function buildingTerms(side: BuildingSide, locale: Locale) {
  const { site } = side;
  const byKey = new Map<string, RecCardholder>();
  const byUid = new Map<string, RecCardholder>();
  for (const c of side.cardholders) {
    if (c.cardKey) byKey.set(c.cardKey, c);
    if (c.cardUid) byUid.set(c.cardUid, c);
  }
  const zonesOfLevel = new Map(
    site.buildingLevels.map((l) => [
      l.name.toLowerCase(),
      new Set(l.grants.flatMap((g) => g.zones)),
    ]),
  );
  // Offer only levels this building's export uses (one vendor's names, not another's), unless it
  // names none we know.
  const inExport = new Set(
    side.cardholders.flatMap((c) => c.accessLevels.map((l) => l.toLowerCase())),
  );
  const known = site.buildingLevels.filter((l) => inExport.has(l.name.toLowerCase()));
  const offered = known.length > 0 ? known : site.buildingLevels;
  const zonesOf = (levels: string[]) => {
    const zones = new Set<string>();
    for (const l of levels) zonesOfLevel.get(l.toLowerCase())?.forEach((z) => zones.add(z));
    return zones;
  };
  const zoneName = (id: string) => {
    const z = site.zones.find((candidate) => candidate.id === id);
    return z ? (z.labels?.[locale] ?? z.label) : id;
  };

  const cardOf = (f: Finding): RecCardholder | null =>
    (f.cardNumber ? byKey.get(printedCard(f.cardNumber)) : undefined) ??
    (f.tagUid ? byUid.get(f.tagUid) : undefined) ??
    null;

  return {
    cardOf,
    /** As the building prints it: from its own export or log, else our tag under its card rule. */
    cardNumber(f: Finding): string {
      const printed = f.cardNumber ?? cardOf(f)?.cardNumber;
      if (printed) return printed;
      if (f.tagUid && side.cardRule) return cardNumberFor(f.tagUid, side.cardRule).key;
      return f.tagUid ?? '';
    },
    /** The doors of the evidence, as the building's log names them, each once. */
    doors(f: Finding): string[] {
      return [...new Set([...(f.door ? [f.door] : []), ...f.events.map((e) => e.door)])];
    },
    /**
     * The card's levels against the zones it should give: keep what gives nothing extra, and add
     * the fewest levels (of those the export uses) that give the missing zones and nothing else.
     */
    levelChange(card: RecCardholder | null, extra: string[], missing: string[]): LevelChange {
      const now = card?.accessLevels ?? [];
      const granted = zonesOf(now);
      const expected = new Set([...granted].filter((z) => !extra.includes(z)));
      missing.forEach((z) => expected.add(z));
      const fits = (level: string) => [...zonesOf([level])].every((z) => expected.has(z));
      const keep = now.filter(fits);
      const covered = zonesOf(keep);
      const add: string[] = [];
      let wanted = [...expected].filter((z) => !covered.has(z));
      while (wanted.length > 0) {
        const best = offered
          .filter((l) => fits(l.name) && !keep.includes(l.name) && !add.includes(l.name))
          .map((l) => ({ name: l.name, gives: wanted.filter((z) => zonesOf([l.name]).has(z)) }))
          .sort((a, b) => b.gives.length - a.gives.length)[0];
        if (!best || best.gives.length === 0) break;
        add.push(best.name);
        wanted = wanted.filter((z) => !best.gives.includes(z));
      }
      return {
        now,
        remove: now.filter((l) => !keep.includes(l)),
        add,
        uncovered: wanted.map(zoneName),
      };
    },
  };
}
export type BuildingTerms = ReturnType<typeof buildingTerms>;
