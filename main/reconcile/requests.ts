/**
 * What we ask of the building manager, from the open findings: only the kinds they can act on,
 * each with the card number as their system prints it, the employee number, the doors and access
 * levels in their system's names, and the dates of the evidence; no names, reasons or notes of ours (they need none to act).
 */
import type { FindingKind, Locale } from '../../vocabulary';
import type { BuildingTerms, LevelChange } from './building-terms';
import type { Finding } from './calls';

export interface BuildingRequest {
  request: string;
  /** As the building's system prints it. */
  cardNumber: string;
  employeeId: string;
  /** Doors as the building's log names them. */
  doors: string[];
  /** The card's access levels in the building's system, and what to change. */
  levels: LevelChange | null;
  /** Dates (YYYY-MM-DD) of the first and last event of the evidence. */
  since: string | null;
  until: string | null;
  events: number;
}

type Ask = Record<Locale, string>;
const asks: Partial<Record<FindingKind, Ask>> = {
  DEPARTED_TAG_USED: {
    en: 'Revoke this card: its holder has left.',
    nl: 'Trek deze kaart in: de houder is uit dienst.',
  },
  DEPARTED_STILL_ACTIVE: {
    en: 'Revoke this card: its holder has left.',
    nl: 'Trek deze kaart in: de houder is uit dienst.',
  },
  LOST_TAG_USED: {
    en: 'Block this card: it was reported lost and is still used.',
    nl: 'Blokkeer deze kaart: hij is als verloren gemeld en wordt nog gebruikt.',
  },
  RETURNED_TAG_STILL_ACTIVE: {
    en: 'Revoke this card: it was handed in.',
    nl: 'Trek deze kaart in: hij is ingeleverd.',
  },
  PROFILE_MISMATCH: {
    en: 'Change this card\u2019s access levels as below: they give other rooms than our profile.',
    nl: 'Wijzig de toegangsniveaus van deze kaart zoals hieronder: ze geven andere ruimtes dan ons profiel.',
  },
  OUT_OF_PROFILE_GRANTED: {
    en: 'This card opened doors outside our profile: change its access levels as below.',
    nl: 'Deze kaart opende deuren buiten ons profiel: wijzig de toegangsniveaus zoals hieronder.',
  },
  EXPECTED_ACCESS_DENIED: {
    en: 'This card was refused at doors our profile gives: change its access levels as below.',
    nl: 'Deze kaart werd geweigerd bij deuren die ons profiel geeft: wijzig de toegangsniveaus zoals hieronder.',
  },
  MISSING_IN_EXPORT: {
    en: 'Enrol this card for our new colleague.',
    nl: 'Meld deze kaart aan voor onze nieuwe collega.',
  },
  UNENROLLED_TAG_DENIED: {
    en: 'Enrol this card: it belongs to our staff.',
    nl: 'Meld deze kaart aan: hij hoort bij onze medewerkers.',
  },
  NOT_IN_STAFF_LIST: {
    en: 'Revoke this card, or tell us who holds it: not on our staff list.',
    nl: 'Trek deze kaart in, of laat ons weten wie hem heeft: niet op onze personeelslijst.',
  },
  VISITOR_BADGE_NOT_RETURNED: {
    en: 'Block this visitor badge until it is back.',
    nl: 'Blokkeer deze bezoekerspas tot hij terug is.',
  },
  VISITOR_BADGE_USED_OUTSIDE_VISIT: {
    en: 'Block this visitor badge: used without a visit.',
    nl: 'Blokkeer deze bezoekerspas: gebruikt zonder bezoek.',
  },
  UNKNOWN_CARD: {
    en: 'Tell us whose card this is: it is in neither list.',
    nl: 'Laat ons weten van wie deze kaart is: hij staat in geen van beide lijsten.',
  },
  FOREIGN_CARDHOLDER_ON_OWN_FLOOR: {
    en: 'Check this card\u2019s levels: another tenant at our floor.',
    nl: 'Controleer de niveaus van deze kaart: een andere huurder bij onze verdieping.',
  },
  DOOR_FORCED: {
    en: 'Inspect this door and its alarm: forced open.',
    nl: 'Inspecteer deze deur en het alarm: geforceerd geopend.',
  },
};

/**
 * One line per card and request: a leaver's card still active and the same card opening doors
 * are one thing to do, with the doors it opened as its evidence.
 */
export function buildingRequests(
  findings: Finding[],
  locale: Locale,
  terms: BuildingTerms,
): BuildingRequest[] {
  const lines = new Map<string, BuildingRequest & { evidence: Finding['events'] }>();
  for (const f of findings) {
    const ask = asks[f.kind];
    if (!ask) continue;
    const cardNumber = terms.cardNumber(f);
    // What a card's levels give is one request, whichever rule saw it.
    const request = levelKinds.includes(f.kind) ? 'levels' : ask.en;
    const key = `${request}|${cardNumber}|${f.employeeId ?? ''}|${cardNumber ? '' : (f.door ?? '')}`;
    const found = lines.get(key);
    const line = found ?? {
      request: ask[locale],
      cardNumber,
      employeeId: f.employeeId ?? '',
      doors: [],
      levels: levelsFor(f, terms),
      since: null,
      until: null,
      events: 0,
      evidence: [],
    };
    // The whole profile's difference says more than one door's.
    if (found && f.kind === 'PROFILE_MISMATCH') {
      Object.assign(line, { request: ask[locale], levels: levelsFor(f, terms) });
    }
    line.doors = [...new Set([...line.doors, ...terms.doors(f)])];
    line.evidence.push(...f.events);
    lines.set(key, line);
  }
  return [...lines.values()].map(({ evidence, ...line }) => {
    const days = evidence.map((e) => e.at.slice(0, 10)).sort();
    return { ...line, since: days[0] ?? null, until: days.at(-1) ?? null, events: evidence.length };
  });
}

const levelKinds: FindingKind[] = [
  'PROFILE_MISMATCH',
  'OUT_OF_PROFILE_GRANTED',
  'EXPECTED_ACCESS_DENIED',
];

/** The levels to change, for the requests about what a card's levels give. */
function levelsFor(f: Finding, terms: BuildingTerms): LevelChange | null {
  const card = terms.cardOf(f);
  const zones = (f.zone ?? '').split(' ').filter(Boolean);
  switch (f.kind) {
    case 'PROFILE_MISMATCH':
      return terms.levelChange(
        card,
        zones.filter((z) => z.startsWith('+')).map((z) => z.slice(1)),
        zones.filter((z) => z.startsWith('-')).map((z) => z.slice(1)),
      );
    case 'OUT_OF_PROFILE_GRANTED':
      return terms.levelChange(card, zones, []);
    case 'EXPECTED_ACCESS_DENIED':
      return terms.levelChange(card, [], zones);
    default:
      return null;
  }
}
