/** The console: the area where named operators (receptionist, office manager, privacy officer) work. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import { operatorRoles, type AuditEntry, type OperatorRole } from '../../vocabulary';

export interface ConsoleSession {
  /** No operator exists yet: the first start sets up the privacy officer. */
  setupNeeded: boolean;
  unlocked: boolean;
  /**
   * Who is at the console now, in the role they act in: their own, or a higher one held for a
   * while (`grant`, shown on every console screen while it lasts).
   */
  operator: { name: string; role: OperatorRole; grant: RoleGrant | null } | null;
  /** A BHV team member opened it with their badge: the evacuation list and roll call only. */
  evacuationOnly: boolean;
  /** Milliseconds until the console locks itself when nobody touches it. */
  idleMs: number;
  /** Milliseconds until another PIN is heard after too many wrong ones; 0 when it is now. */
  blockedMs: number;
}

/** Short-term rights: a higher role until a moment, given or taken in an emergency. */
export interface RoleGrant {
  id: number;
  operatorId: number;
  operatorName: string;
  role: OperatorRole;
  kind: 'grant' | 'breakGlass';
  reason: string;
  startsAt: string;
  /** When it ends (or ended early). */
  until: string;
  givenBy: string;
  ended: boolean;
}

export interface OperatorSummary {
  id: number;
  name: string;
  role: OperatorRole;
  badge: boolean;
  disabled: boolean;
}

const Name = z.string().trim().min(1).max(80);
const PinText = z.string().regex(/^\d{6,12}$/);

/** An entry as the privacy officer reads it: with the name of who or what it is about. */
export type AuditEntryView = AuditEntry & {
  /** The person, visitor, operator or tag the subject id names; '' once erased; null: none. */
  about: string | null;
};

export type AuditVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBadId: number | null; reason: string };

const AuditFilter = z.strictObject({
  from: z.string().max(30).nullable(),
  to: z.string().max(30).nullable(),
  actor: z.string().max(80).nullable(),
  action: z.string().max(80).nullable(),
});

/** The office manager's view of backups: set up, and whether the last one is too old. */
export interface BackupState {
  keysSet: boolean;
  scheduled: boolean;
  lastAt: string | null;
  overdue: boolean;
}

export const calls = {
  getConsoleSession: z.tuple([]),
  /** The PIN, and the UID of the operator's own badge when they tapped it first. */
  unlockConsole: z.tuple([
    z.string().max(12),
    z
      .string()
      .regex(/^[0-9A-F]{8,20}$/)
      .nullable(),
  ]),
  lockConsole: z.tuple([]),
  /** In an emergency: a BHV team member's badge, just tapped at the reader, opens the evacuation list. */
  openEvacuationByBadge: z.tuple([z.string().regex(/^[0-9A-F]{8,20}$/)]),
  setUpFirstOperator: z.tuple([z.strictObject({ name: Name, pin: PinText })]),
  listOperators: z.tuple([]),
  addOperator: z.tuple([
    z.strictObject({
      name: Name,
      role: z.enum(operatorRoles),
      employeeId: z.string().trim().max(40).nullable(),
      pin: PinText,
    }),
  ]),
  disableOperator: z.tuple([z.number().int().positive()]),
  /** The privacy officer's view of the audit trail, newest first (at most 500). */
  listAudit: z.tuple([AuditFilter]),
  verifyAudit: z.tuple([]),
  getBackupState: z.tuple([]),
  listRoleGrants: z.tuple([]),
  grantRole: z.tuple([
    z.strictObject({
      operatorId: z.number().int().positive(),
      role: z.enum(operatorRoles),
      until: z.iso.datetime({ offset: true }),
      reason: z.string().trim().min(3).max(500),
    }),
  ]),
  endRoleGrant: z.tuple([z.number().int().positive()]),
  /** An office manager takes the privacy officer's rights for an hour; the officer is told. */
  breakGlass: z.tuple([z.string().trim().min(10, 'say why, in a sentence').max(500)]),
};

export interface Results {
  getConsoleSession: ConsoleSession;
  unlockConsole: ConsoleSession;
  lockConsole: ConsoleSession;
  openEvacuationByBadge: ConsoleSession;
  setUpFirstOperator: ConsoleSession;
  listOperators: OperatorSummary[];
  addOperator: OperatorSummary[];
  disableOperator: OperatorSummary[];
  listAudit: AuditEntryView[];
  verifyAudit: AuditVerdict;
  getBackupState: BackupState;
  listRoleGrants: RoleGrant[];
  grantRole: RoleGrant[];
  endRoleGrant: RoleGrant[];
  breakGlass: { session: ConsoleSession; officerTold: boolean };
}

export const publicCalls = [
  'getConsoleSession',
  'unlockConsole',
  'lockConsole',
  'openEvacuationByBadge',
  'setUpFirstOperator',
] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
