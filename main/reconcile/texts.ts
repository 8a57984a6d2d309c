/** Why each kind of finding matters, and what to do about it, in Dutch and English. */
import type { FindingKind, Locale } from '../../vocabulary';
import type { Subject } from './finding';

type Text = (s: Subject) => string;
// `||`: a leaver's name erased by the retention schedule is '' and says nothing.
const who = (s: Subject) => s.holderName || s.employeeId || s.cardNumber || s.tagUid || '?';
const card = (s: Subject) => s.cardNumber || s.tagUid || '?';

const texts: Record<FindingKind, Record<Locale, { reason: Text; action: Text }>> = {
  DEPARTED_TAG_USED: {
    en: {
      reason: (s) => `${who(s)} has left, and their tag still opened doors.`,
      action: (s) => `Ask the building manager to revoke card ${card(s)}; get the tag back.`,
    },
    nl: {
      reason: (s) => `${who(s)} is uit dienst, en de pas opende nog deuren.`,
      action: (s) => `Vraag de gebouwbeheerder kaart ${card(s)} in te trekken; haal de pas terug.`,
    },
  },
  DEPARTED_STILL_ACTIVE: {
    en: {
      reason: (s) => `${who(s)} has left, but the building still lists the card as active.`,
      action: (s) => `Ask the building manager to revoke card ${card(s)}.`,
    },
    nl: {
      reason: (s) => `${who(s)} is uit dienst, maar het gebouw heeft de kaart nog actief.`,
      action: (s) => `Vraag de gebouwbeheerder kaart ${card(s)} in te trekken.`,
    },
  },
  DEPARTED_TAG_DENIED: {
    en: {
      reason: (s) => `${who(s)} has left; their tag was tried and refused.`,
      action: () => 'Get the tag back; check who tried it.',
    },
    nl: {
      reason: (s) => `${who(s)} is uit dienst; de pas is geprobeerd en geweigerd.`,
      action: () => 'Haal de pas terug; ga na wie hem probeerde.',
    },
  },
  LOST_TAG_USED: {
    en: {
      reason: (s) => `Tag ${card(s)} was reported lost and has been used since.`,
      action: (s) =>
        `Ask the building manager to block card ${card(s)} (if not done) and check who used it.`,
    },
    nl: {
      reason: (s) => `Pas ${card(s)} is als verloren gemeld en daarna gebruikt.`,
      action: (s) =>
        `Vraag de gebouwbeheerder kaart ${card(s)} te blokkeren (als dat nog niet is gebeurd) en ga na wie hem gebruikte.`,
    },
  },
  RETURNED_TAG_STILL_ACTIVE: {
    en: {
      reason: (s) => `Tag ${card(s)} was handed in, but the building still lists it as active.`,
      action: (s) => `Ask the building manager to revoke card ${card(s)}.`,
    },
    nl: {
      reason: (s) => `Pas ${card(s)} is ingeleverd, maar staat bij het gebouw nog actief.`,
      action: (s) => `Vraag de gebouwbeheerder kaart ${card(s)} in te trekken.`,
    },
  },
  PROFILE_MISMATCH: {
    en: {
      reason: (s) =>
        `The building's levels for ${who(s)} differ from the expected profile (${s.zone}).`,
      action: (s) => `Ask the building manager to correct the access level of ${who(s)}.`,
    },
    nl: {
      reason: (s) =>
        `De toegangsniveaus van ${who(s)} in het gebouw wijken af van het verwachte profiel (${s.zone}).`,
      action: (s) => `Vraag de gebouwbeheerder het toegangsniveau van ${who(s)} te corrigeren.`,
    },
  },
  OUT_OF_PROFILE_GRANTED: {
    en: {
      reason: (s) => `${who(s)} got into ${s.zone}, which the expected profile does not include.`,
      action: (s) =>
        `Check why; ask the building manager to correct the access level of ${who(s)}.`,
    },
    nl: {
      reason: (s) => `${who(s)} kwam in ${s.zone}, dat niet in het verwachte profiel staat.`,
      action: (s) =>
        `Zoek uit waarom; vraag de gebouwbeheerder het toegangsniveau van ${who(s)} te corrigeren.`,
    },
  },
  OUT_OF_PROFILE_DENIED: {
    en: {
      reason: (s) => `${who(s)} tried ${s.zone}, which the expected profile does not include.`,
      action: () => 'Ask the person what they needed there.',
    },
    nl: {
      reason: (s) => `${who(s)} probeerde ${s.zone}, dat niet in het verwachte profiel staat.`,
      action: () => 'Vraag wat de persoon daar nodig had.',
    },
  },
  EXPECTED_ACCESS_DENIED: {
    en: {
      reason: (s) => `${who(s)} was refused at ${s.zone}, which the expected profile includes.`,
      action: (s) => `Ask the building manager to correct the access level of ${who(s)}.`,
    },
    nl: {
      reason: (s) =>
        `${who(s)} werd geweigerd bij ${s.zone}, dat wel in het verwachte profiel staat.`,
      action: (s) => `Vraag de gebouwbeheerder het toegangsniveau van ${who(s)} te corrigeren.`,
    },
  },
  AFTER_HOURS_OUTSIDE_PROFILE: {
    en: {
      reason: (s) => `${who(s)} came in outside the hours of their expected profile.`,
      action: () => 'Check with the person or their manager.',
    },
    nl: {
      reason: (s) => `${who(s)} kwam binnen buiten de tijden van het verwachte profiel.`,
      action: () => 'Ga het na bij de persoon of diens leidinggevende.',
    },
  },
  AFTER_HOURS_DENIED: {
    en: {
      reason: (s) => `${who(s)} was refused by the building's schedule, outside hours.`,
      action: () => 'Check with the person why they came then.',
    },
    nl: {
      reason: (s) => `${who(s)} werd buiten de openingstijden door het gebouwschema geweigerd.`,
      action: () => 'Vraag de persoon waarom op dat tijdstip.',
    },
  },
  VISITOR_BADGE_NOT_RETURNED: {
    en: {
      reason: (s) => `Visitor badge ${card(s)} (visit ${s.holderName ?? '?'}) did not come back.`,
      action: (s) => `Get the badge back, or ask the building manager to block card ${card(s)}.`,
    },
    nl: {
      reason: (s) =>
        `Bezoekerspas ${card(s)} (bezoek ${s.holderName ?? '?'}) is niet teruggekomen.`,
      action: (s) =>
        `Haal de pas terug, of vraag de gebouwbeheerder kaart ${card(s)} te blokkeren.`,
    },
  },
  VISITOR_BADGE_USED_OUTSIDE_VISIT: {
    en: {
      reason: (s) => `Visitor badge ${card(s)} was used when no visit with it was open.`,
      action: (s) =>
        `Find the badge; ask the building manager to block card ${card(s)} until then.`,
    },
    nl: {
      reason: (s) => `Bezoekerspas ${card(s)} is gebruikt terwijl er geen bezoek mee open stond.`,
      action: (s) => `Zoek de pas; vraag de gebouwbeheerder kaart ${card(s)} tot dan te blokkeren.`,
    },
  },
  UNKNOWN_CARD: {
    en: {
      reason: (s) =>
        `Card ${card(s)} is neither ours nor in the building's export, and was used here.`,
      action: () => 'Ask the building manager whose card this is.',
    },
    nl: {
      reason: (s) =>
        `Kaart ${card(s)} is niet van ons en staat niet in de export van het gebouw, maar werd hier gebruikt.`,
      action: () => 'Vraag de gebouwbeheerder van wie deze kaart is.',
    },
  },
  MISSING_IN_EXPORT: {
    en: {
      reason: (s) =>
        `${who(s)} is on the staff list with a tag, but the building has no card for them.`,
      action: (s) => `Ask the building manager to enrol tag ${card(s)} for ${who(s)}.`,
    },
    nl: {
      reason: (s) =>
        `${who(s)} staat op de personeelslijst met een pas, maar het gebouw heeft geen kaart voor deze persoon.`,
      action: (s) => `Vraag de gebouwbeheerder pas ${card(s)} voor ${who(s)} aan te melden.`,
    },
  },
  UNENROLLED_TAG_DENIED: {
    en: {
      reason: (s) => `The building refused ${who(s)}'s tag as unknown.`,
      action: (s) => `Ask the building manager to enrol tag ${card(s)}.`,
    },
    nl: {
      reason: (s) => `Het gebouw weigerde de pas van ${who(s)} als onbekend.`,
      action: (s) => `Vraag de gebouwbeheerder pas ${card(s)} aan te melden.`,
    },
  },
  NOT_IN_STAFF_LIST: {
    en: {
      reason: (s) =>
        `The building lists ${who(s)} as one of ours, but they are not on the staff list.`,
      action: (s) =>
        `Check who this is; ask the building manager to revoke card ${card(s)} if nobody knows.`,
    },
    nl: {
      reason: (s) =>
        `Het gebouw noemt ${who(s)} een van ons, maar deze persoon staat niet op de personeelslijst.`,
      action: (s) =>
        `Ga na wie dit is; vraag de gebouwbeheerder kaart ${card(s)} in te trekken als niemand het weet.`,
    },
  },
  FOREIGN_CARDHOLDER_ON_OWN_FLOOR: {
    en: {
      reason: (s) => `${who(s)} of another organisation tried a door on our floor (${s.zone}).`,
      action: () => 'Ask the building manager to check this cardholder’s levels.',
    },
    nl: {
      reason: (s) =>
        `${who(s)} van een andere organisatie probeerde een deur op onze verdieping (${s.zone}).`,
      action: () => 'Vraag de gebouwbeheerder de niveaus van deze kaarthouder na te gaan.',
    },
  },
  DOOR_FORCED: {
    en: {
      reason: (s) => `${s.door} was forced open.`,
      action: () => 'Check the door and the camera images; report it to the building manager.',
    },
    nl: {
      reason: (s) => `${s.door} is geforceerd geopend.`,
      action: () => 'Controleer de deur en de camerabeelden; meld het bij de gebouwbeheerder.',
    },
  },
  DOOR_HELD_OPEN: {
    en: {
      reason: (s) => `${s.door} was held open too long.`,
      action: () => 'Remind people not to prop the door open; check the closer.',
    },
    nl: {
      reason: (s) => `${s.door} stond te lang open.`,
      action: () => 'Vraag mensen de deur niet open te zetten; controleer de deurdranger.',
    },
  },
  ANTI_PASSBACK: {
    en: {
      reason: (s) =>
        `${who(s)} was refused by anti-passback (in without badging out, or tailgating).`,
      action: () => 'Remind the person to badge every time.',
    },
    nl: {
      reason: (s) =>
        `${who(s)} werd geweigerd door anti-passback (binnen zonder uit te checken, of meegelopen).`,
      action: () => 'Vraag de persoon elke keer de pas te gebruiken.',
    },
  },
};

export const explainer =
  (locale: Locale) =>
  (kind: FindingKind, subject: Subject): { reason: string; action: string } => {
    const t = texts[kind][locale];
    return { reason: t.reason(subject), action: t.action(subject) };
  };
