/**
 * What we ask of the building manager, from the open findings: only the kinds they can act on,
 * each with the card number as their system prints it and the employee number, the door or zone,
 * and the dates of the evidence; no names, reasons or notes of ours (they need none to act).
 */
import type { FindingKind, Locale } from '../../vocabulary';
import type { Finding } from './calls';

export interface BuildingRequest {
  request: string;
  cardNumber: string;
  employeeId: string;
  where: string;
  since: string;
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
    en: 'Correct the access level of this card to our profile (zones: see "where").',
    nl: 'Zet het toegangsniveau van deze kaart gelijk aan ons profiel (zones: zie "waar").',
  },
  OUT_OF_PROFILE_GRANTED: {
    en: 'Remove this zone from the card\u2019s access level.',
    nl: 'Haal deze zone uit het toegangsniveau van de kaart.',
  },
  EXPECTED_ACCESS_DENIED: {
    en: 'Add this zone to the card\u2019s access level.',
    nl: 'Voeg deze zone toe aan het toegangsniveau van de kaart.',
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

export function buildingRequests(findings: Finding[], locale: Locale): BuildingRequest[] {
  return findings.flatMap((f) => {
    const ask = asks[f.kind];
    if (!ask) return [];
    return [
      {
        request: ask[locale],
        cardNumber: f.cardNumber ?? f.tagUid ?? '',
        employeeId: f.employeeId ?? '',
        where: f.door ?? f.zone ?? '',
        since: f.firstAt?.slice(0, 10) ?? '',
        events: f.eventCount,
      },
    ];
  });
}
