/**
 * The one contract between the UI and the services. The Electron preload, the IPC handlers and the
 * browser host are all typed from this file; the renderer may import its types only.
 */
import { z } from 'zod';
import { canonicalUid } from '../../hardware/uid';
import type { BuildingImportSummary } from '../building/building-import';
import { cardRules, type CardRule } from '../building/card-rules';
import { outcomes, type Outcome } from '../building/event-outcomes';
import type { ImportSummary, Rejection } from '../imports/summary';
import type { SiteConfig } from '../site/site-schema';

export type { BuildingImportSummary, CardRule, ImportSummary, Outcome, Rejection, SiteConfig };

export interface ImportProgress {
  jobId: string;
  phase: 'scan' | 'import';
  bytes: number;
  total: number;
}

export type ImportFinished =
  | { jobId: string; outcome: 'done'; summary: BuildingImportSummary }
  | { jobId: string; outcome: 'refused' | 'cancelled' | 'failed'; rejected: Rejection[] };

export interface BuildingImportRecord {
  id: number;
  fileName: string;
  kind: 'events' | 'cardholders';
  rows: number;
  imported: number;
  duplicates: number;
  rejected: number;
  importedAt: string;
  importedBy: string;
}

export const locales = ['nl', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

export const errorCodes = [
  'invalid_argument',
  'unknown_channel',
  'unauthorized',
  'not_found',
  'conflict',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Canonical tag UID: uppercase hex, no separators, 4, 7 or 10 bytes. */
export const TagUid = z.string().transform((s, ctx) => {
  const uid = canonicalUid(s);
  if (uid === null) ctx.addIssue({ code: 'custom', message: 'not a 4, 7 or 10-byte UID' });
  return uid ?? z.NEVER;
});

export interface AppInfo {
  version: string;
  siteName: string;
  transport: 'electron' | 'browser';
  /** True only in development: the "tap a test badge" panel and other aids may show. */
  development: boolean;
}

export interface KioskSettings {
  defaultLocale: Locale;
}

export type ReaderState = 'online' | 'offline' | 'absent';
export interface ReaderStatus {
  state: ReaderState;
  /** Names of the readers that are attached now. */
  readers: string[];
  /** Why the readers are offline, for staff; never shown to visitors. */
  detail: string | null;
}

/** Who a tapped badge belongs to, as the kiosk may show it. */
export type BadgeInfo =
  | { kind: 'person'; name: string; organisation: string | null; status: string }
  | { kind: 'visitor'; label: string | null; status: string };

export interface TagTap {
  uid: string;
  reader: string;
  /** When the reader reported the UID (ISO 8601, UTC). */
  at: string;
  /** null: the tag is not in Lobby's register ("unknown badge"). */
  badge: BadgeInfo | null;
}

export interface StaffSession {
  pinSet: boolean;
  unlocked: boolean;
  idleMs: number;
}

export interface ScheduleWindow {
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  from: string;
  to: string;
}

export interface ZoneAccess {
  zone: string;
  label: string;
  windows: ScheduleWindow[];
}

export type TagStatus = 'available' | 'active' | 'returned' | 'lost' | 'not_returned' | 'replaced';

export interface TagSummary {
  id: number;
  uid: string;
  label: string | null;
  pool: 'staff' | 'visitor';
  status: TagStatus;
  statusSince: string;
  holder: { kind: 'person'; personId: number; name: string } | { kind: 'visitor_pool' } | null;
}

export interface CustodyEntry {
  holder: string;
  startedAt: string;
  endedAt: string | null;
  endReason: 'returned' | 'lost' | 'not_returned' | 'replaced' | 'reassigned' | null;
  recordedBy: string;
}

export interface TagDetail extends TagSummary {
  history: CustodyEntry[];
  /** What the holder's expected profile gives (empty for the visitor pool or nobody). */
  access: ZoneAccess[];
}

export interface Incident {
  id: number;
  kind: 'tag_lost' | 'tag_not_returned';
  tagId: number;
  uid: string;
  label: string | null;
  personName: string | null;
  occurredAt: string;
  reportedBy: string;
  note: string | null;
}

export interface PersonSummary {
  id: number;
  employeeId: string | null;
  name: string;
  organisation: string | null;
  department: string | null;
  profile: string | null;
  startDate: string | null;
  endDate: string | null;
  employed: boolean;
  tags: { id: number; uid: string; status: TagStatus }[];
}

/** A person as the edit form shows it: text fields, '' where empty. */
export interface PersonEditFields {
  employeeId: string;
  firstName: string;
  namePrefix: string;
  lastName: string;
  organisation: string;
  department: string;
  jobTitle: string;
  startDate: string;
  endDate: string;
  profileId: string;
  notes: string;
}

export interface PersonDetail extends PersonSummary {
  edit: PersonEditFields;
  access: ZoneAccess[];
  custody: (CustodyEntry & { uid: string })[];
}

export interface ZoneSummary {
  id: string;
  label: string;
  ownFloor: boolean;
  doors: string[];
  /** Everyone employed today whose profile reaches this zone, with the hours it gives. */
  people: {
    personId: number;
    name: string;
    organisation: string | null;
    windows: ScheduleWindow[];
  }[];
}

const Id = z.number().int().positive();
const BuildingImportRequest = z.strictObject({
  uploadId: z.uuid(),
  cardRule: z.enum(cardRules).nullable(),
  /** Corrections to the detected mapping: header → role or "ignored". */
  columns: z.record(z.string().max(200), z.string().max(40)),
});
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const Field = z.string().trim().max(200);

export const importKinds = ['site', 'staff', 'tags', 'visits'] as const;
export type ImportKind = (typeof importKinds)[number];
const ImportFile = z.strictObject({
  kind: z.enum(importKinds),
  /** A file sent with uploadChunk: CSV, XLSX or JSON as the office manager picked it. */
  uploadId: z.uuid(),
});

/** Argument schemas, one tuple per call. Arguments always arrive as `unknown` and are parsed here. */
export const callArgs = {
  getAppInfo: z.tuple([]),
  getKioskSettings: z.tuple([]),
  setDefaultLocale: z.tuple([Locale]),
  getReaderStatus: z.tuple([]),
  /** What a keyboard-wedge reader typed before Enter. */
  submitWedgeInput: z.tuple([z.string().trim().min(1).max(40)]),
  /** Development only: the "tap a test badge" panel. */
  simulateTap: z.tuple([TagUid]),
  getStaffSession: z.tuple([]),
  unlockStaff: z.tuple([z.string().max(12)]),
  lockStaff: z.tuple([]),
  listPeople: z.tuple([]),
  getPerson: z.tuple([Id]),
  listTags: z.tuple([]),
  getTag: z.tuple([Id]),
  enrollTag: z.tuple([
    z.strictObject({
      uid: TagUid,
      pool: z.enum(['staff', 'visitor']),
      label: z.string().trim().min(1).max(20).nullable(),
    }),
  ]),
  /** personId null gives the tag to the visitor pool. */
  assignTag: z.tuple([z.strictObject({ tagId: Id, personId: Id.nullable() })]),
  returnTag: z.tuple([Id]),
  reportTagLost: z.tuple([
    z.strictObject({
      tagId: Id,
      note: z.string().trim().max(500).nullable(),
      /** Who came to reception to say so, when not the person at the kiosk. */
      reportedBy: z.string().trim().max(100).nullable(),
    }),
  ]),
  markTagNotReturned: z.tuple([Id]),
  replaceTag: z.tuple([z.strictObject({ tagId: Id, newUid: TagUid })]),
  listIncidents: z.tuple([]),
  markBuildingNotified: z.tuple([Id]),
  listZones: z.tuple([]),
  savePerson: z.tuple([
    z.strictObject({
      id: Id.nullable(),
      employeeId: Field,
      firstName: Field,
      namePrefix: Field,
      lastName: Field,
      organisation: Field,
      department: Field,
      jobTitle: Field,
      startDate: IsoDate.nullable(),
      endDate: IsoDate.nullable(),
      profileId: Field,
      notes: z.string().max(2000),
    }),
  ]),
  getSiteConfig: z.tuple([]),
  /** The whole site model; validated like an imported site.json, refused whole on any error. */
  saveSiteConfig: z.tuple([z.unknown()]),
  /** Check a file and report what importing it would do, without changing anything. */
  previewImport: z.tuple([ImportFile]),
  runImport: z.tuple([ImportFile]),
  /** A chunk (≤ 4 MB, base64) of a file the office manager picked; null starts a new upload. */
  uploadChunk: z.tuple([
    z.strictObject({
      uploadId: z.uuid().nullable(),
      fileName: z.string().min(1).max(255),
      offset: z.number().int().min(0),
      base64: z.string().max(6 * 1024 * 1024),
    }),
  ]),
  /** Detect kind, format, columns and card rule of an uploaded building export; writes nothing. */
  inspectBuildingUpload: z.tuple([BuildingImportRequest]),
  startBuildingImport: z.tuple([BuildingImportRequest]),
  cancelBuildingImport: z.tuple([z.uuid()]),
  listBuildingImports: z.tuple([]),
  /** "This event text means that outcome": for later imports, and for events waiting for it. */
  addEventTextRule: z.tuple([
    z.strictObject({ text: z.string().min(1).max(500), outcome: z.enum(outcomes) }),
  ]),
} as const;

export type CallChannel = keyof typeof callArgs;
export const callChannels = Object.keys(callArgs) as CallChannel[];

export interface CallResults {
  getAppInfo: AppInfo;
  getKioskSettings: KioskSettings;
  setDefaultLocale: KioskSettings;
  getReaderStatus: ReaderStatus;
  submitWedgeInput: null;
  simulateTap: null;
  getStaffSession: StaffSession;
  unlockStaff: StaffSession;
  lockStaff: StaffSession;
  listPeople: PersonSummary[];
  getPerson: PersonDetail;
  listTags: TagSummary[];
  getTag: TagDetail;
  enrollTag: TagDetail;
  assignTag: TagDetail;
  returnTag: TagDetail;
  reportTagLost: TagDetail;
  markTagNotReturned: TagDetail;
  replaceTag: TagDetail;
  listIncidents: Incident[];
  markBuildingNotified: Incident[];
  listZones: ZoneSummary[];
  savePerson: PersonDetail;
  getSiteConfig: SiteConfig;
  saveSiteConfig: ImportSummary;
  previewImport: ImportSummary;
  runImport: ImportSummary;
  uploadChunk: { uploadId: string; bytes: number };
  inspectBuildingUpload: BuildingImportSummary;
  startBuildingImport: { jobId: string };
  cancelBuildingImport: null;
  listBuildingImports: BuildingImportRecord[];
  addEventTextRule: { classified: number };
}

export interface EventPayloads {
  readerStatus: ReaderStatus;
  tagTapped: TagTap;
  importProgress: ImportProgress;
  importFinished: ImportFinished;
}
export const eventChannels = [
  'readerStatus',
  'tagTapped',
  'importProgress',
  'importFinished',
] as const satisfies readonly (keyof EventPayloads)[];
export type EventChannel = (typeof eventChannels)[number];

/** What the caller passes (before parsing) and what the handler receives (after). */
export type CallInput<C extends CallChannel> = z.input<(typeof callArgs)[C]>;
export type CallParsed<C extends CallChannel> = z.output<(typeof callArgs)[C]>;

export type Unsubscribe = () => void;

/** The API the renderer sees, whichever transport carries it. */
export type KioskApi = {
  [C in CallChannel]: (...args: CallInput<C>) => Promise<Result<CallResults[C]>>;
} & {
  subscribe<E extends EventChannel>(
    event: E,
    listener: (payload: EventPayloads[E]) => void,
  ): Unsubscribe;
};
