/**
 * Reception: visitors sign themselves in at the kiosk; the desk registers, expects, picks up,
 * hands badges out and takes them back, closes the day, and keeps the evacuation list.
 */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import { MailFrom } from '../notify/mail-from';
import {
  badgeTapOutcomes,
  locales,
  rollCallReasons,
  visitPurposes,
  type BadgeTapOutcome,
  type NotificationChannel,
  type NotificationKind,
  type NotificationStatus,
  type RollCallReason,
  type VisitPurpose,
  type VisitStatus,
} from '../../vocabulary';

export { badgeTapOutcomes };

/** What the visitor's screens need before anyone signs in. */
export interface VisitorKiosk {
  selfSignIn: boolean;
  /** The site asks for a phone number too. */
  askPhone: boolean;
  idleSeconds: number;
  /** The privacy notice: who keeps the data, how long, whom to ask (null: ask at reception). */
  siteName: string;
  siteNames: { nl?: string; en?: string };
  /** The controller: our own organisation (the site model's "own"), which keeps the data. */
  controller: string;
  retentionDays: number;
  privacyContact: string | null;
}

/** A host as the visitor chooses one: never more than a handful, and only for typed letters. */
export interface HostChoice {
  id: number;
  name: string;
  department: string | null;
}

/** A visitor expected today, found by typing a few letters of their name. */
export interface ExpectedVisitor {
  id: number;
  visitorName: string;
  visitorCompany: string | null;
  hostName: string | null;
  expectedTime: string | null;
}

export type SignInOutcome =
  | { outcome: 'signedIn'; visitId: number; hostFirstName: string | null; hostTold: boolean }
  | { outcome: 'alreadySignedIn' }
  | { outcome: 'hostUnavailable' }
  | { outcome: 'notExpectedToday' };

export interface NotificationSummary {
  id: number;
  kind: NotificationKind;
  channel: NotificationChannel;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  nextAttemptAt: string;
}

export interface Visit {
  id: number;
  reference: string | null;
  visitorName: string;
  visitorCompany: string | null;
  visitorPhone: string | null;
  host: { id: number; name: string; left: boolean } | null;
  visitDate: string;
  expectedTime: string | null;
  purpose: VisitPurpose | null;
  status: VisitStatus;
  /** Waiting for the host for longer than the site allows. */
  overdue: boolean;
  /** An expected visitor past their time ('late'), or who did not come that day ('noShow'). */
  lateness: 'late' | 'noShow' | null;
  checkedInAt: string | null;
  pickedUpAt: string | null;
  checkedOutAt: string | null;
  badge: { uid: string; label: string | null } | null;
  badgeIssuedAt: string | null;
  badgeReturnedAt: string | null;
  /** The badge went out with this visit and has not come back. */
  badgeOut: boolean;
  closedAt: string | null;
  closeReason: string | null;
  source: 'self' | 'reception' | 'import';
  notifications: NotificationSummary[];
}

/** What a badge tap did at reception, for the screen that shows it. */
export interface BadgeTap {
  outcome: BadgeTapOutcome;
  /** The visitor's or staff member's first word of their name, for the message. */
  name: string | null;
  label: string | null;
  visitId: number | null;
}

/** Everyone in the building by the kiosk's records, for the evacuation (BHV) list. */
export interface Presence {
  at: string;
  visitors: PresentVisitor[];
  staff: PresentStaff[];
  /** Whether staff tap in and out at this kiosk (otherwise the list has visitors only). */
  staffPresence: boolean;
  /** Each kiosk's part when kiosks share a central store (this kiosk first); null when alone. */
  kiosks: KioskPart[] | null;
}

/** One kiosk's part of the building's list, and how fresh this kiosk's copy of it is. */
export interface KioskPart {
  name: string;
  here: boolean;
  /** Up to when this kiosk knows that kiosk's sign-ins and sign-outs (null: nothing yet). */
  freshAsOf: string | null;
  /** Not known to be current: the store is out of reach, or that kiosk has not been heard of. */
  stale: boolean;
}

export interface PresentVisitor {
  visitId: number;
  name: string;
  company: string | null;
  host: string | null;
  badgeLabel: string | null;
  since: string;
  purpose: VisitPurpose;
  /** The kiosk the visitor signed in at, when kiosks share a central store. */
  kiosk: string | null;
}

export interface PresentStaff {
  personId: number;
  name: string;
  department: string | null;
  since: string;
}

export interface RollCallEntry {
  key: string;
  kind: 'visitor' | 'staff';
  name: string;
  detail: string | null;
  accountedAt: string | null;
}

export interface RollCall {
  id: number;
  reason: RollCallReason;
  startedAt: string;
  startedBy: string;
  endedAt: string | null;
  entries: RollCallEntry[];
}

export interface ReceptionFile {
  fileName: string;
  mediaType: string;
  base64: string;
}

/** The reception settings as the console reads and writes them. */
export type ReceptionConfig = ReceptionSettings;

export interface NotifyConfig {
  email: {
    host: string;
    port: number;
    security: 'starttls' | 'tls' | 'none';
    user: string | null;
    passwordSet: boolean;
    from: string;
  } | null;
  webhook: { url: string } | null;
  /** Internal hosts the privacy officer allows host notices to go to. */
  allowedHosts: string[];
  privacyOfficer: string | null;
}

const Id = z.number().int().positive();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
/** A name as typed on the kiosk: something visible, and not a page of text. */
export const VisitorName = z.string().trim().min(2).max(80);
const Company = z.string().trim().max(80);
const Reason = z.string().trim().min(3).max(300);
/** A phone number as people type it: digits, spaces, +, -, (, ); or nothing. */
const Phone = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/),
]);
const Typed = z.string().trim().max(40);

const SignIn = z.strictObject({
  /** An expected visitor who found themselves; otherwise a walk-in with a name and a host. */
  expectedVisitId: Id.nullable(),
  visitorName: VisitorName,
  visitorCompany: Company,
  visitorPhone: Phone,
  hostId: Id.nullable(),
  purpose: z.enum(visitPurposes),
  locale: z.enum(locales),
  /** The privacy notice was shown and accepted: the one thing a visitor must confirm. */
  privacyAccepted: z.literal(true),
});

const Registration = z.strictObject({
  visitorName: VisitorName,
  visitorCompany: Company,
  visitorPhone: Phone,
  hostId: Id.nullable(),
  purpose: z.enum(visitPurposes),
  visitDate: IsoDate,
  expectedTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  /** A walk-in at the desk now, rather than expected later. */
  signInNow: z.boolean(),
});

/** How this site's reception works: each a setting the office manager can change. */
export const ReceptionSettings = z.strictObject({
  /** Visitors sign themselves in at the kiosk (otherwise the button sends them to the desk). */
  selfSignIn: z.boolean(),
  /** A visitor screen left alone returns to the home screen after this many seconds. */
  idleSeconds: z.number().int().min(15).max(600),
  /** The host is told again when nobody picked the visitor up within this many minutes. */
  overdueMinutes: z.number().int().min(1).max(240),
  /** Staff tap in and out at the kiosk, for the evacuation list. */
  staffPresence: z.boolean(),
  /** Ask visitors for a phone number (off: the minimum is name, organisation and host). */
  askPhone: z.boolean(),
  /** A printable badge label (PDF) for each visitor. */
  badgeLabels: z.boolean(),
  /** Who visitors may ask about their data (an address or a role); null: "ask at reception". */
  privacyContact: z.string().trim().min(1).max(200).nullable(),
  /** Days a visitor's name is kept (the privacy notice says so; #13 purges on it). */
  visitorRetentionDays: z.number().int().min(1).max(3650),
});
export type ReceptionSettings = z.output<typeof ReceptionSettings>;

const NotifyInput = z.strictObject({
  email: z
    .strictObject({
      host: z.string().trim().min(1).max(253),
      port: z.number().int().min(1).max(65535),
      security: z.enum(['starttls', 'tls', 'none']),
      user: z.string().trim().max(254).nullable(),
      /** null keeps the stored password. */
      password: z.string().max(500).nullable(),
      from: MailFrom,
    })
    .nullable(),
  webhook: z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(2000) }).nullable(),
  allowedHosts: z.array(z.string().trim().min(1).max(253)).max(20).default([]),
  /** The privacy officer's address: the audit chain's daily digest goes there. */
  privacyOfficer: z.email().max(254).nullable().default(null),
});

export const calls = {
  getVisitorKiosk: z.tuple([]),
  findHosts: z.tuple([Typed]),
  findExpectedVisitors: z.tuple([Typed]),
  signInVisitor: z.tuple([SignIn]),
  /** A day's visits; null: today on the site's clock. */
  listVisits: z.tuple([IsoDate.nullable()]),
  registerVisit: z.tuple([Registration]),
  markPickedUp: z.tuple([Id]),
  signOutVisit: z.tuple([Id]),
  /** Within minutes of a sign-out made by mistake. */
  undoSignOut: z.tuple([Id]),
  /** The next badge tapped on the reader goes to this visit (for a minute). */
  armBadgeIssue: z.tuple([Id]),
  disarmBadgeIssue: z.tuple([]),
  closeVisit: z.tuple([Id, Reason]),
  closeDay: z.tuple([IsoDate, Reason]),
  getPresence: z.tuple([]),
  getEvacuationList: z.tuple([z.enum(locales)]),
  getBadgeLabel: z.tuple([Id, z.enum(locales)]),
  startRollCall: z.tuple([z.enum(rollCallReasons)]),
  getRollCall: z.tuple([]),
  markRollCall: z.tuple([Id, z.string().min(1).max(40), z.boolean()]),
  endRollCall: z.tuple([Id]),
  getRollCallReport: z.tuple([Id, z.enum(locales)]),
  getReceptionConfig: z.tuple([]),
  setReceptionConfig: z.tuple([ReceptionSettings]),
  getNotifyConfig: z.tuple([]),
  setNotifyConfig: z.tuple([NotifyInput]),
  retryNotification: z.tuple([Id]),
};

export interface Results {
  getVisitorKiosk: VisitorKiosk;
  findHosts: HostChoice[];
  findExpectedVisitors: ExpectedVisitor[];
  signInVisitor: SignInOutcome;
  listVisits: { date: string; visits: Visit[] };
  registerVisit: SignInOutcome;
  markPickedUp: Visit;
  signOutVisit: Visit;
  undoSignOut: Visit;
  armBadgeIssue: { visitId: number; until: string };
  disarmBadgeIssue: null;
  closeVisit: Visit;
  closeDay: { closed: number; badgesNotReturned: number };
  getPresence: Presence;
  getEvacuationList: ReceptionFile;
  getBadgeLabel: ReceptionFile;
  startRollCall: RollCall;
  getRollCall: RollCall | null;
  markRollCall: RollCall;
  endRollCall: RollCall;
  getRollCallReport: ReceptionFile;
  getReceptionConfig: ReceptionConfig;
  setReceptionConfig: ReceptionConfig;
  getNotifyConfig: NotifyConfig;
  setNotifyConfig: NotifyConfig;
  retryNotification: Visit;
}

/** The visitor's own screens; everything else is the desk's, behind the console. */
export const publicCalls = [
  'getVisitorKiosk',
  'findHosts',
  'findExpectedVisitors',
  'signInVisitor',
] as const;

export interface Events {
  /** Something changed in a day's visits: screens showing it read it again. */
  visitsChanged: { date: string };
}

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
