/**
 * What happened, as each kind of vendor writes it (shared/notes/export-family.md, "What
 * happened"): one text column in Dutch or English, a reason after a colon, a category beside a
 * description, a category beside a free-text message with names and doors, or a numeric
 * operation code beside its description.
 */
import type { Outcome } from '../../vocabulary';
import type { Cell } from './family-files';
import type { Word } from './family-headers';

type Texts = Record<Outcome, string>;

const nedap: Texts = {
  GRANTED: 'Toegang verleend',
  REX: 'Deur geopend met drukknop',
  DOOR_HELD: 'Deur te lang open',
  DOOR_FORCED: 'Deur geforceerd',
  DENIED_NO_RIGHTS: 'Toegang geweigerd - geen autorisatie',
  DENIED_UNKNOWN: 'Toegang geweigerd - onbekende kaart',
  DENIED_LOST: 'Toegang geweigerd - kaart geblokkeerd (verloren)',
  DENIED_EXPIRED: 'Toegang geweigerd - kaart verlopen',
  DENIED_BLOCKED: 'Toegang geweigerd - kaart geblokkeerd',
  DENIED_SCHEDULE: 'Toegang geweigerd - buiten tijdschema',
  DENIED_APB: 'Toegang geweigerd - anti-passback',
};
const english: Texts = {
  GRANTED: 'Access permitted',
  REX: 'Exit button pressed',
  DOOR_HELD: 'Door open too long',
  DOOR_FORCED: 'Door forced open',
  DENIED_NO_RIGHTS: 'Access denied - no access rights',
  DENIED_UNKNOWN: 'Access denied - unknown token',
  DENIED_LOST: 'Access denied - token reported lost',
  DENIED_EXPIRED: 'Access denied - token expired',
  DENIED_BLOCKED: 'Access denied - user barred',
  DENIED_SCHEDULE: 'Access denied - wrong time',
  DENIED_APB: 'Access denied - anti-passback violation',
};
const reasons: Texts = {
  GRANTED: 'Access granted',
  REX: 'Request to exit',
  DOOR_HELD: 'Door held open',
  DOOR_FORCED: 'Door forced open',
  DENIED_NO_RIGHTS: 'Access denied: Insufficient privileges',
  DENIED_UNKNOWN: 'Access denied: Unknown credential',
  DENIED_LOST: 'Access denied: Lost/stolen credential',
  DENIED_EXPIRED: 'Access denied: Expired credential',
  DENIED_BLOCKED: 'Access denied: Credential disabled',
  DENIED_SCHEDULE: 'Access denied: Outside schedule',
  DENIED_APB: 'Access denied: Antipassback violation',
};
/** Lenel: a category beside its description. */
const categories: Record<Outcome, [string, string]> = {
  GRANTED: ['Granted', 'Access Granted'],
  REX: ['Door', 'Request to Exit'],
  DOOR_HELD: ['Door Alarm', 'Door Held Open'],
  DOOR_FORCED: ['Door Alarm', 'Door Forced Open'],
  DENIED_NO_RIGHTS: ['Denied', 'Access Denied: No Access Level'],
  DENIED_UNKNOWN: ['Denied', 'Invalid Badge'],
  DENIED_LOST: ['Denied', 'Access Denied: Lost/Stolen Badge'],
  DENIED_EXPIRED: ['Denied', 'Access Denied: Badge Expired'],
  DENIED_BLOCKED: ['Denied', 'Access Denied: Badge Suspended'],
  DENIED_SCHEDULE: ['Denied', 'Access Denied: Invalid Timezone'],
  DENIED_APB: ['Denied', 'Access Denied: Anti-Passback Violation'],
};
/** Gallagher: a category beside a message that names the person and the door. */
const gallagher: Texts = {
  GRANTED: 'Granted access',
  REX: 'Request to exit',
  DOOR_HELD: 'Door open too long',
  DOOR_FORCED: 'Door forced',
  DENIED_NO_RIGHTS: 'Access denied: no privileges',
  DENIED_UNKNOWN: 'Unknown card',
  DENIED_LOST: 'Card lost',
  DENIED_EXPIRED: 'Card expired',
  DENIED_BLOCKED: 'Card disabled',
  DENIED_SCHEDULE: 'Outside time zone',
  DENIED_APB: 'Anti-passback violation',
};
/** Salto: an operation number beside its description. */
const operations: Record<Outcome, [number, string]> = {
  GRANTED: [17, 'Door opened: key'],
  REX: [16, 'Door opened: inside handle'],
  DENIED_UNKNOWN: [901, 'Opening not allowed: unknown key'],
  DENIED_LOST: [902, 'Opening not allowed: key in blacklist'],
  DENIED_EXPIRED: [903, 'Opening not allowed: expired key'],
  DENIED_NO_RIGHTS: [904, 'Opening not allowed: no access to this door'],
  DENIED_SCHEDULE: [905, 'Opening not allowed: out of time'],
  DENIED_APB: [906, 'Opening not allowed: anti-passback'],
  DENIED_BLOCKED: [907, 'Opening not allowed: key cancelled'],
  DOOR_FORCED: [908, 'Intrusion: door forced'],
  DOOR_HELD: [909, 'Door left open'],
};

export type Meaning = 'text-nl' | 'text-en' | 'reason' | 'category' | 'message' | 'operation';

function message(outcome: Outcome, name: string | null, door: string): string {
  const [last = '', first = ''] = (name ?? '').split(', ');
  const who = name ? `${first} ${last}` : 'An unknown card';
  if (outcome === 'GRANTED') return `${who} granted access at ${door}.`;
  if (outcome.startsWith('DENIED_')) return `${who} denied access at ${door}.`;
  if (outcome === 'REX') return `${door} opened from inside.`;
  return `${door}: ${outcome === 'DOOR_HELD' ? 'open too long' : 'forced open'}.`;
}

export function eventTexts(
  e: { outcome: Outcome; name: string | null },
  meaning: Meaning,
  door: string,
): { word: Word; cell: Cell }[] {
  switch (meaning) {
    case 'text-nl':
      return [{ word: 'eventText', cell: nedap[e.outcome] }];
    case 'text-en':
      return [{ word: 'eventText', cell: english[e.outcome] }];
    case 'reason':
      return [{ word: 'eventText', cell: reasons[e.outcome] }];
    case 'category':
      return [
        { word: 'category', cell: categories[e.outcome][0] },
        { word: 'description', cell: categories[e.outcome][1] },
      ];
    case 'message':
      return [
        { word: 'category', cell: gallagher[e.outcome] },
        { word: 'message', cell: message(e.outcome, e.name, door) },
      ];
    case 'operation':
      return [
        { word: 'opCode', cell: operations[e.outcome][0] },
        { word: 'opDescription', cell: operations[e.outcome][1] },
      ];
  }
}
