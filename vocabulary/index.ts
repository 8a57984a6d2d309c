/**
 * Lobby's vocabulary: every closed list of words the services, the database and the screens share,
 * as values (for validation and menus) and as unions (for types). It imports nothing, so the
 * renderer, `db/` and every feature can use it without dragging anything along. The glossary in
 * docs/ARCHITECTURE.md says what each word means.
 */

const list = <const T extends readonly string[]>(...values: T): T => values;
type Of<T extends readonly string[]> = T[number];

// The call envelope ----------------------------------------------------------------------------

export const errorCodes = list(
  'invalid_argument',
  'unknown_channel',
  'unauthorized',
  'not_found',
  'conflict',
  'unavailable',
  'internal',
);
export type ErrorCode = Of<typeof errorCodes>;

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** For a refused form: what is wrong with each field, by the field's name in the call. */
  fields?: Record<string, string>;
}
/** What every call answers, whichever transport carries it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

// The kiosk -------------------------------------------------------------------------------------

export const locales = list('nl', 'en');
export type Locale = Of<typeof locales>;

export const transports = list('electron', 'browser');
export type Transport = Of<typeof transports>;

export const readerStates = list('online', 'offline', 'absent');
export type ReaderState = Of<typeof readerStates>;

// Tags and custody ------------------------------------------------------------------------------

/** Which register a tag is in: our people's own tags, or the reception's pool for visitors. */
export const tagPools = list('staff', 'visitor');
export type TagPool = Of<typeof tagPools>;

export const tagStatuses = list(
  'available',
  'active',
  'returned',
  'lost',
  'not_returned',
  'replaced',
);
export type TagStatus = Of<typeof tagStatuses>;

export const holderKinds = list('person', 'visitor_pool');
export type HolderKind = Of<typeof holderKinds>;

export const custodyEndReasons = list('returned', 'lost', 'not_returned', 'replaced', 'reassigned');
export type CustodyEndReason = Of<typeof custodyEndReasons>;

/** What can be done with a tag in its present state; the tags service decides which apply. */
export const tagActions = list(
  'give',
  'giveToPool',
  'return',
  'markNotReturned',
  'replace',
  'reportLost',
);
export type TagAction = Of<typeof tagActions>;

export const incidentKinds = list('tag_lost', 'tag_not_returned');
export type IncidentKind = Of<typeof incidentKinds>;

/** Where an incident in the register comes from: an operator's report, or what Lobby saw. */
export const incidentSources = list(
  'report',
  'tag_lost',
  'tag_not_returned',
  'finding',
  'audit_chain',
  'pin_burst',
  'backup_overdue',
  'backup_restored',
);
export type IncidentSource = Of<typeof incidentSources>;
/** Proposed by Lobby until the privacy officer accepts (open) or dismisses it; closed when done. */
export const incidentStatuses = list('proposed', 'open', 'dismissed', 'closed');
export type IncidentStatus = Of<typeof incidentStatuses>;
/** The privacy officer's verdict: whether it was an incident at all, and whether a data breach. */
export const incidentClassifications = list('no_incident', 'security_incident', 'data_breach');
export type IncidentClassification = Of<typeof incidentClassifications>;

// The site model --------------------------------------------------------------------------------

export const organisationRoles = list('own', 'partner', 'contractor', 'tenant');
export type OrganisationRole = Of<typeof organisationRoles>;

export const doorDirections = list('in', 'out', 'both');
export type DoorDirection = Of<typeof doorDirections>;

// Imports ---------------------------------------------------------------------------------------

/** The office manager's own registers, imported from CSV, XLSX or site.json. */
export const registerKinds = list('site', 'staff', 'tags', 'visits', 'expected');
export type RegisterKind = Of<typeof registerKinds>;

/** What a building export turns out to be. */
export const buildingFileKinds = list('events', 'cardholders');
export type BuildingFileKind = Of<typeof buildingFileKinds>;

/** Canonical outcomes of a door event, whatever words the building's system prints. */
export const outcomes = list(
  'GRANTED',
  'DENIED_UNKNOWN',
  'DENIED_NO_RIGHTS',
  'DENIED_SCHEDULE',
  'DENIED_EXPIRED',
  'DENIED_LOST',
  'DENIED_BLOCKED',
  'DENIED_APB',
  'DOOR_FORCED',
  'DOOR_HELD',
  'REX',
);
export type Outcome = Of<typeof outcomes>;

/** How an access-control system prints the UID of a tag as a card number. */
export const cardRules = list(
  'hex',
  'hex-reversed',
  'decimal',
  'decimal-reversed',
  'first4-decimal',
  'first4-decimal-reversed',
  'cascade1-decimal-reversed',
  'net2-token',
  'wiegand26-low3',
  'wiegand26-first4-reversed',
  'wiegand34-first4',
  'wiegand35-first4',
  'wiegand37-first4',
);
export type CardRule = Of<typeof cardRules>;

/** One building import as it is stored and listed (db/ and the contract share the shape). */
export interface BuildingImportRecord {
  id: number;
  fileName: string;
  kind: BuildingFileKind;
  rows: number;
  imported: number;
  duplicates: number;
  rejected: number;
  /** Other organisations' events off our floor, counted and left out (data minimisation). */
  minimised: number;
  /** Events past the retention period, left out because the import was asked to. */
  expiredSkipped: number;
  importedAt: string;
  importedBy: string;
}

/** A person's row in the building's newest cardholder list (db/ and the contract share it). */
export interface PersonBuildingRow {
  cardNumber: string | null;
  /** Our tag this card number is, by the card rule of the export (null: none of ours). */
  cardUid: string | null;
  status: string;
  statusText: string | null;
  accessLevels: string[];
}

/** One of a person's door events as the building logged it. */
export interface PersonEventRow {
  at: string;
  door: string;
  outcome: string | null;
  text: string;
}

/** A card in the building's cardholder list that is none of our badges. */
export interface UnmatchedCardholder {
  cardNumber: string;
  name: string | null;
  company: string | null;
  status: string;
  /** The company is one of our own organisations (by name or alias). */
  own: boolean;
}

/** A card number in the building's door log that is none of our badges. */
export interface UnmatchedEventCard {
  cardNumber: string;
  events: number;
  lastAt: string;
}

/** One entry of the audit trail as stored, hashed and listed (db/ and the contract share it). */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  /** JSON, or null. */
  detail: string | null;
  /** The call the entry came from, when a screen made it. */
  screen: string | null;
}

export const importPhases = list('scan', 'import');
export type ImportPhase = Of<typeof importPhases>;

export const importEndings = list('done', 'refused', 'cancelled', 'failed');
export type ImportEnding = Of<typeof importEndings>;

// Reconciliation ---------------------------------------------------------------------------------

/** What a reconciliation reports (the names are part of `lobby reconcile --json`'s contract). */
export const findingKinds = list(
  'DEPARTED_TAG_USED',
  'DEPARTED_STILL_ACTIVE',
  'DEPARTED_TAG_DENIED',
  'LOST_TAG_USED',
  'RETURNED_TAG_STILL_ACTIVE',
  'PROFILE_MISMATCH',
  'OUT_OF_PROFILE_GRANTED',
  'OUT_OF_PROFILE_DENIED',
  'EXPECTED_ACCESS_DENIED',
  'AFTER_HOURS_OUTSIDE_PROFILE',
  'AFTER_HOURS_DENIED',
  'VISITOR_BADGE_NOT_RETURNED',
  'VISITOR_BADGE_USED_OUTSIDE_VISIT',
  'UNKNOWN_CARD',
  'MISSING_IN_EXPORT',
  'UNENROLLED_TAG_DENIED',
  'NOT_IN_STAFF_LIST',
  'FOREIGN_CARDHOLDER_ON_OWN_FLOOR',
  'DOOR_FORCED',
  'DOOR_HELD_OPEN',
  'ANTI_PASSBACK',
);
export type FindingKind = Of<typeof findingKinds>;

export const severities = list('high', 'medium', 'low');
export type Severity = Of<typeof severities>;

/** How far a finding has been worked off; an accepted risk has a reason and an end date. */
export const findingStatuses = list('open', 'acknowledged', 'resolved', 'accepted');
export type FindingStatus = Of<typeof findingStatuses>;

/** How far a kept finding is worked off, and in which runs it was seen (db/ and the contract). */
export interface FindingState {
  status: FindingStatus;
  statusNote: string | null;
  statusAt: string;
  statusBy: string;
  acceptedUntil: string | null;
  firstRunId: number;
  lastRunId: number;
}

// Reception --------------------------------------------------------------------------------------

/** Why someone visits: a short list the visitor picks from at the kiosk. */
export const visitPurposes = list('meeting', 'interview', 'delivery', 'contractor', 'other');
export type VisitPurpose = Of<typeof visitPurposes>;

/**
 * The evacuation list's groups: whom the BHV team looks for where. Only a contractor is a
 * contractor; a delivery is a supplier's driver at the door, not a visitor in a meeting room.
 */
export const presenceGroups = list('visitors', 'contractors', 'deliveries');
export type PresenceGroup = Of<typeof presenceGroups>;
export const presenceGroupOf = (purpose: VisitPurpose): PresenceGroup =>
  purpose === 'contractor' ? 'contractors' : purpose === 'delivery' ? 'deliveries' : 'visitors';

/** Where a visit is: expected today, waiting for the host, in the building, left, or closed by the desk. */
export const visitStatuses = list('expected', 'waiting', 'present', 'left', 'closed');
export type VisitStatus = Of<typeof visitStatuses>;

export const notificationKinds = list('arrival', 'overdue');
export type NotificationKind = Of<typeof notificationKinds>;

export const notificationChannels = list('email', 'webhook');
export type NotificationChannel = Of<typeof notificationChannels>;

export const notificationStatuses = list('queued', 'sending', 'sent', 'failed');
export type NotificationStatus = Of<typeof notificationStatuses>;

/**
 * What a badge tap did at reception. Each has its own message on screen; only `returned`,
 * `issued` and `staffIn`/`staffOut` are good news.
 */
export const badgeTapOutcomes = list(
  'issued',
  'returned',
  'alreadyReturned',
  'alreadyIssued',
  'notIssued',
  'notVisitorBadge',
  'unusable',
  'unknown',
  'visitNotSignedIn',
  'staffIn',
  'staffOut',
);
export type BadgeTapOutcome = Of<typeof badgeTapOutcomes>;

export const rollCallReasons = list('drill', 'evacuation');
export type RollCallReason = Of<typeof rollCallReasons>;

// Operators ---------------------------------------------------------------------------------------

/**
 * Who works in the console, least privilege first: each role may do what the one before it may,
 * and more. Visitors (no login) reach only the public calls.
 */
export const operatorRoles = list('receptionist', 'officeManager', 'privacyOfficer');
export type OperatorRole = Of<typeof operatorRoles>;

/**
 * What a tap on the kiosk's reader means, as the screen in front of it says:
 * - reception: the home and visitor screens; a visitor badge comes back, staff tap in or out;
 * - desk: the console's reception; a badge goes to the visit the desk chose, or comes back;
 * - identify: the PIN pad and the console's other screens; the tap only names the badge.
 */
export const tapPurposes = list('reception', 'desk', 'identify');
export type TapPurpose = Of<typeof tapPurposes>;

// Search ----------------------------------------------------------------------------------------

/** Letters Unicode does not take apart into a letter and a mark (Ł is not L with a stroke). */
const ownLetters: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/**
 * How every search compares letters, on the screen and in the services: any case, without
 * accents ("celik" finds "Çelik"), and the letters that have no accent to drop folded as people
 * type them ("luk" finds "Łukasz", "soren" "Søren", "strauss" "Strauß").
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøßđðæœþıħ]/g, (c) => ownLetters[c] ?? c);
}
