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
  ],
  date: ['date', 'datum'],
  time: ['time', 'tijd'],
  eventText: [
    'event',
    'gebeurtenis',
    'event type',
    'eventtype',
    'message',
    'melding',
    'description',
    'omschrijving',
    'event description',
    'alarm',
    'transaction',
    'result',
  ],
  eventDetail: ['details', 'detail', 'reason', 'reden', 'event details'],
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
  ],
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
  ],
  lastName: ['achternaam', 'surname', 'last name', 'lastname', 'family name'],
  firstName: ['voornaam', 'first name', 'firstname', 'given name'],
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
    const role = byName.get(normal);
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
  if (when && r.eventText !== undefined) return 'events';
  const card = r.cardNumber !== undefined || map.slots.length > 0;
  const person = r.fullName !== undefined || r.lastName !== undefined || r.employeeId !== undefined;
  if (card && (person || r.accessLevels !== undefined || r.cardStatus !== undefined))
    return 'cardholders';
  return null;
}
