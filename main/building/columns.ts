/**
 * Column roles in the building's exports, by the header names vendors use in Dutch and English.
 * Unknown headers are kept out of the way (reported as "ignored"), never guessed at.
 */
import { normaliseHeader } from '../tables/columns';

export const eventRoles = {
  timestamp: [
    'date/time',
    'datetime',
    'date time',
    'timestamp',
    'tijdstip',
    'datum/tijd',
    'datum tijd',
    'event time',
    'time stamp',
    'occurred',
    'gebeurtenistijd',
    'datum en tijd',
    'time/date',
    'date and time',
    'event date',
    'event timestamp',
    'event date/time',
    'occurred at',
    'datum tijd gebeurtenis',
  ],
  timestampUtc: [
    'date/time (utc)',
    'timestamp (utc)',
    'utc time',
    'time (utc)',
    'datetime utc',
    'utc',
    'tijdstip (utc)',
    'event time utc',
    'event_time_utc',
    'utc timestamp',
    'timestamp utc',
    'date/time utc',
    'date time (utc)',
    'datetime (utc)',
    'event time (utc)',
  ],
  date: ['date', 'datum'],
  time: ['time', 'tijd'],
  eventText: [
    'event',
    'gebeurtenis',
    'message',
    'melding',
    'description',
    'omschrijving',
    'event description',
    'alarm',
    'transaction',
    'result',
    'operation',
    'operation description',
    'event name',
    'event message',
    'evdescr',
    'alarm description',
    'access result',
    'subtype',
    'event subtype',
    'handeling',
  ],
  eventDetail: ['details', 'detail', 'reason', 'reden', 'event details', 'additional info'],
  /**
   * A generic class of event ("Door", "Door Alarm", "Access") beside a column that says what
   * happened: the description decides, the category only disambiguates.
   */
  eventCategory: [
    'category',
    'event type',
    'eventtype',
    'gebeurtenistype',
    'event category',
    'categorie',
    'event group',
    'group',
    'event class',
    'alarm category',
    'object type',
    'type',
    'soort',
  ],
  door: [
    'toegangspunt',
    'door',
    'deur',
    'where',
    'access point',
    'location',
    'locatie',
    'door name',
    'entrance',
    'ingang',
    'entry',
    'entry name',
    'access point name',
    'readerdesc',
    'logical device',
    'source',
    'bron',
  ],
  /** The system's own id for a door; read to recognise the header, not stored. */
  doorId: ['door id', 'deur id', 'access point id', 'entry id', 'door number', 'deurnummer'],
  reader: ['lezer', 'reader', 'reader name', 'device', 'apparaat', 'kaartlezer', 'card reader'],
  direction: ['richting', 'direction', 'in/out', 'in uit'],
} as const;

export const personRoles = {
  fullName: [
    'naam',
    'name',
    'user',
    'cardholder',
    'kaarthouder',
    'person',
    'persoon',
    'gebruiker',
    'user name',
    'full name',
    'cardholder name',
    'card holder',
    'holder',
    'naam kaarthouder',
    'carrier',
    'drager',
  ],
  lastName: ['achternaam', 'surname', 'last name', 'lastname', 'family name', 'last_name'],
  firstName: ['voornaam', 'first name', 'firstname', 'given name', 'first_name'],
  namePrefix: ['tussenvoegsel', 'prefix', 'tussenvoegsels'],
  employeeId: [
    'personeelsnummer',
    'personnel number',
    'employee number',
    'employee id',
    'employee no',
    'medewerkernummer',
    'staff number',
    'payroll number',
    'empid',
    'personnel no',
    'personeelsnr',
    'ssno',
  ],
  company: ['bedrijf', 'company', 'organisation', 'organization', 'organisatie', 'firma'],
  department: ['afdeling', 'department'],
  cardNumber: [
    'kaartnummer',
    'card number',
    'card',
    'kaart',
    'token',
    'token number',
    'badge',
    'badge id',
    'badge number',
    'credential',
    'card no',
    'csn',
    'uid',
    'rom code',
    'card id',
    'pasnummer',
    'card serial number',
    'card serial',
    'serial number',
    'cardnum',
    'credential number',
    'credential code',
    'key id',
    'key serial number',
    'sleutelnummer',
    'kaart serienummer',
  ],
  facility: ['facility code', 'facility', 'site code', 'fc', 'facilitycode', 'sitecode'],
} as const;

export const cardholderRoles = {
  userId: ['user id', 'userid', 'cardholder id', 'persoon id'],
  cardType: ['identificatietype', 'card type', 'token type', 'kaarttype', 'badge type', 'format'],
  cardStatus: ['kaartstatus', 'card status', 'status', 'token status', 'badge status'],
  blocked: ['barred', 'blocked', 'geblokkeerd', 'disabled', 'suspended'],
  blockedSince: ['geblokkeerd sinds', 'blocked since', 'barred since', 'blocked date'],
  validFrom: [
    'geldig vanaf',
    'valid from',
    'start date',
    'activation date',
    'activation',
    'ingangsdatum',
  ],
  validTo: [
    'geldig tot',
    'valid to',
    'expiry date',
    'expiry',
    'expiration',
    'expiration date',
    'einddatum',
    'deactivation date',
  ],
  accessLevels: [
    'toegangsprofiel',
    'access level',
    'access levels',
    'toegangsniveau',
    'toegangsniveaus',
    'access group',
    'access groups',
    'clearance',
    'clearances',
    'autorisatie',
  ],
  note: ['opmerking', 'note', 'notes', 'comment', 'comments', 'remarks', 'opmerkingen'],
} as const;

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
    not: ['id', 'nummer', 'number', 'status', 'alarm'],
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
];

function roleByWords(header: string): Role | null {
  const words = new Set(
    header
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const rule = byWords.find(
    (r) =>
      r.all.every((group) => group.some((w) => words.has(w))) && !r.not?.some((w) => words.has(w)),
  );
  return rule?.role ?? null;
}

const byName = new Map<string, Role>();
for (const [role, names] of Object.entries(allRoles) as [Role, readonly string[]][]) {
  for (const name of names) byName.set(normaliseHeader(name), role);
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

export function mapBuildingColumns(headers: string[]): ColumnMap {
  const roles: Partial<Record<Role, number>> = {};
  const report: Record<string, string> = {};
  const slotCards = new Map<number, number>();
  const slotStatus = new Map<number, number>();
  let known = 0;
  headers.forEach((header, i) => {
    const normal = normaliseHeader(header);
    const slot = slotPattern.exec(normal);
    if (slot) {
      const n = Number(slot[1]);
      (slot[2] ? slotStatus : slotCards).set(n, i);
      report[header] = slot[2] ? `cardStatus (slot ${n})` : `cardNumber (slot ${n})`;
      known += 1;
      return;
    }
    const role = byName.get(normal) ?? roleByWords(header) ?? undefined;
    if (role !== undefined && roles[role] === undefined) {
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
