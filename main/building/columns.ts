/**
 * Column roles in the building's exports, by the header names vendors use in Dutch and English.
 * Unknown headers are kept out of the way (reported as "ignored"), never guessed at.
 */
import { normaliseHeader } from '../tables/columns';
import { cardholderRoles, eventRoles, personRoles } from './column-names';

export { cardholderRoles, eventRoles, personRoles };

const allRoles = { ...eventRoles, ...personRoles, ...cardholderRoles };
export type Role = keyof typeof allRoles;
export const roleNames = Object.keys(allRoles) as Role[];

/**
 * Headers no list names exactly ("Card Serial No.", "Event Date/Time UTC", "Door Name (Entry)")
 * are read by their words: every word group of a rule must be there, and none of its `not`.
 * Tried in order, only for headers without an exact match.
 */
const byWords: { all: string[][]; not?: string[]; role: Role }[] = [
  {
    all: [
      ['utc', 'gmt', 'zulu'],
      ['time', 'date', 'timestamp', 'datetime', 'tijd', 'datum'],
    ],
    role: 'timestampUtc',
  },
  {
    all: [
      ['date', 'datum'],
      ['time', 'tijd'],
    ],
    role: 'timestamp',
  },
  { all: [['timestamp', 'datetime', 'tijdstip']], role: 'timestamp' },
  {
    all: [
      ['card', 'badge', 'credential', 'token', 'kaart', 'pas', 'key', 'sleutel'],
      ['number', 'no', 'nr', 'nummer', 'serial', 'code', 'id', 'uid', 'csn'],
    ],
    not: ['type', 'status', 'holder', 'format', 'facility'],
    role: 'cardNumber',
  },
  { all: [['facility', 'site'], ['code']], role: 'facility' },
  {
    all: [['door', 'deur', 'entry', 'entrance', 'ingang', 'toegangspunt']],
    not: ['id', 'nummer', 'number', 'no', 'nr', 'status', 'alarm'],
    role: 'door',
  },
  { all: [['reader', 'lezer', 'device']], not: ['id', 'type'], role: 'reader' },
  {
    all: [['category', 'categorie', 'group', 'groep', 'class', 'klasse']],
    not: ['access', 'toegang'],
    role: 'eventCategory',
  },
  {
    all: [
      [
        'event',
        'gebeurtenis',
        'operation',
        'message',
        'melding',
        'description',
        'omschrijving',
        'transaction',
      ],
    ],
    not: ['id', 'time', 'date'],
    role: 'eventText',
  },
  { all: [['first', 'voornaam', 'given']], role: 'firstName' },
  { all: [['last', 'surname', 'achternaam', 'family']], role: 'lastName' },
  {
    all: [
      ['employee', 'personnel', 'personeels', 'staff', 'payroll'],
      ['number', 'no', 'nr', 'id', 'nummer'],
    ],
    role: 'employeeId',
  },
  { all: [['company', 'bedrijf', 'organisation', 'organization', 'organisatie']], role: 'company' },
  { all: [['department', 'afdeling']], role: 'department' },
  {
    all: [
      ['access', 'toegang'],
      ['level', 'levels', 'group', 'groups', 'profile', 'profiel', 'niveau'],
    ],
    role: 'accessLevels',
  },
  { all: [['activation', 'activated', 'activate']], role: 'validFrom' },
  { all: [['expiration', 'expiry', 'expires', 'deactivation', 'deactivate']], role: 'validTo' },
  {
    all: [
      ['start', 'from', 'vanaf', 'ingang', 'issued', 'begin'],
      ['date', 'datum', 'time', 'on'],
    ],
    role: 'validFrom',
  },
  {
    all: [
      ['end', 'until', 'tot', 'eind'],
      ['date', 'datum', 'time', 'on'],
    ],
    role: 'validTo',
  },
  { all: [['format', 'formaat', 'bits', 'bit']], role: 'cardType' },
  {
    all: [['exit', 'direction', 'richting']],
    not: ['button', 'request', 'knop'],
    role: 'direction',
  },
];

/**
 * A header's words, however the vendor joined them: "EventDateTimeUTC", "eventDateTime",
 * "EVENT_TIME_UTC", "Cardholder - Activation date" and "Door Name (Entry)" all come apart.
 */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The first rule whose word groups the header has; with `using`, one of them from those words. */
function roleByWords(header: string, using?: Set<string>): Role | null {
  const words = new Set(headerWords(header));
  const rule = byWords.find(
    (r) =>
      r.all.every((group) => group.some((w) => words.has(w))) &&
      !r.not?.some((w) => words.has(w)) &&
      (!using || r.all.some((group) => group.some((w) => using.has(w)))),
  );
  return rule?.role ?? null;
}

const byName = new Map<string, Role>();
for (const [role, names] of Object.entries(allRoles) as [Role, readonly string[]][]) {
  for (const name of names) byName.set(normaliseHeader(name), role);
}

/**
 * The role a header names, by the vendors' names and then by its words; null when none. A prefix
 * ("Cardholder - Activation date", "Device: Direction") is a group: the part after it says more.
 */
export function roleOfHeader(header: string): Role | null {
  const named = (text: string) =>
    byName.get(normaliseHeader(text)) ?? byName.get(headerWords(text).join('')) ?? null;
  const last = header.split(/\s+[-–—:|]\s+|:\s*/).at(-1) ?? header;
  if (last === header) return named(header) ?? roleByWords(header);
  // "Device - Panel" is no reader: the words after the prefix must take part.
  return named(last) ?? roleByWords(last) ?? roleByWords(header, new Set(headerWords(last)));
}

/** "Token 1", "Kaart 2", "Token 1 status": numbered card slots in one cardholder row. */
const slotPattern = /^(?:token|card|kaart|badge|credential|pas)(\d{1,2})(status)?$/;

export interface ColumnMap {
  /** role → column index (the first column with that role). */
  roles: Partial<Record<Role, number>>;
  /** Numbered card slots: number column and its own status column, if any. */
  slots: { card: number; status: number | null }[];
  /** header → role (or "card slot n" / "ignored"), for the report. */
  report: Record<string, string>;
  known: number;
}

/**
 * Where a second column claims a role already taken, the role it plays instead: a second
 * location column ("Door" and "Source", "Access point" and "Door") names the reader.
 */
const secondChoice: Partial<Record<Role, Role>> = { door: 'reader' };

/**
 * Maps each header to its role. `fits` (from the first rows' cells, column-content.ts) may say
 * that a column's cells cannot hold the role its header names: `Credential` holding
 * "Sanne de Groot (1)" beside the real `Card number`; such a column gives way to the next.
 */
export function mapBuildingColumns(
  headers: string[],
  fits: (role: Role, column: number) => boolean = () => true,
): ColumnMap {
  const roles: Partial<Record<Role, number>> = {};
  const report: Record<string, string> = {};
  const slotCards = new Map<number, number>();
  const slotStatus = new Map<number, number>();
  const named = headers.map((h) => (slotPattern.test(normaliseHeader(h)) ? null : roleOfHeader(h)));
  /** Of several columns named for one role, the first whose cells fit it takes it. */
  const takes = (role: Role, i: number) => {
    const rivals = named.flatMap((r, j) => (r === role ? [j] : []));
    return rivals.length === 1 || (rivals.find((j) => fits(role, j)) ?? rivals[0]) === i;
  };
  let known = 0;
  headers.forEach((header, i) => {
    const slot = slotPattern.exec(normaliseHeader(header));
    if (slot) {
      const n = Number(slot[1]);
      (slot[2] ? slotStatus : slotCards).set(n, i);
      report[header] = slot[2] ? `cardStatus (slot ${n})` : `cardNumber (slot ${n})`;
      known += 1;
      return;
    }
    const name = named[i] ?? null;
    const second = name === null ? undefined : secondChoice[name];
    const role =
      name !== null && roles[name] === undefined && takes(name, i)
        ? name
        : second !== undefined && roles[second] === undefined
          ? second
          : null;
    if (role !== null) {
      roles[role] = i;
      report[header] = role;
      known += 1;
    } else if (header.trim() !== '') report[header] = 'ignored';
  });
  const slots = [...slotCards.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, card]) => ({ card, status: slotStatus.get(n) ?? null }));
  return { roles, slots, report, known };
}

export type FileKind = 'events' | 'cardholders';

export function kindOf(map: ColumnMap): FileKind | null {
  const r = map.roles;
  const when = r.timestamp !== undefined || r.timestampUtc !== undefined || r.date !== undefined;
  if (when && (r.eventText !== undefined || r.eventCategory !== undefined)) return 'events';
  const card = r.cardNumber !== undefined || map.slots.length > 0;
  const person = r.fullName !== undefined || r.lastName !== undefined || r.employeeId !== undefined;
  if (card && (person || r.accessLevels !== undefined || r.cardStatus !== undefined))
    return 'cardholders';
  return null;
}
