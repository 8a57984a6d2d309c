/** Reconciliation: run it, and work its findings off (the office manager's console). */
import { z } from 'zod';
import {
  findingKinds,
  findingStatuses,
  locales,
  severities,
  type FindingKind,
  type FindingState,
  type Outcome,
  type Severity,
} from '../../vocabulary';
import { featureContract } from '../ipc/feature-contract';

export interface FindingEvent {
  at: string;
  door: string;
  outcome: Outcome | null;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  employeeId: string | null;
  holderName: string | null;
  tagUid: string | null;
  cardNumber: string | null;
  door: string | null;
  zone: string | null;
  eventCount: number;
  firstAt: string | null;
  lastAt: string | null;
  events: FindingEvent[];
  reason: string;
  action: string;
}

/** A finding as it is kept: its evidence from the last run, and how far it is worked off. */
export interface FindingRecord extends Finding, FindingState {
  id: number;
}

/** Whether the periodic access review is due (our security policy asks for one each period). */
export interface ReviewReminder {
  periodDays: number;
  lastRunAt: string | null;
  due: boolean;
}

/** A report as a file for the screen to save. */
export interface ReportFile {
  fileName: string;
  mediaType: string;
  base64: string;
  requests: number;
}

export interface ReconcileRun {
  id: number;
  ranAt: string;
  asOf: string;
  runBy: string;
  counts: { findings: number; new: number; reopened: number; open: number };
}

const IsoMoment = z.iso.datetime({ offset: true });

export const calls = {
  /** asOf null: the newest event imported. */
  runReconciliation: z.tuple([IsoMoment.nullable()]),
  listFindings: z.tuple([
    z.strictObject({
      locale: z.enum(locales),
      status: z.enum(findingStatuses).nullable(),
      severity: z.enum(severities).nullable(),
      kind: z.enum(findingKinds).nullable(),
      /** A person's employee number, a tag UID, a card number or a door, as shown. */
      subject: z.string().trim().max(100).nullable(),
    }),
  ]),
  setFindingStatus: z.tuple([
    z
      .strictObject({
        id: z.number().int().positive(),
        status: z.enum(findingStatuses),
        note: z.string().trim().max(1000).nullable(),
        acceptedUntil: z.iso.date().nullable(),
        locale: z.enum(locales),
      })
      .refine((s) => s.status !== 'accepted' || (s.acceptedUntil !== null && s.note), {
        message: 'an accepted risk needs a reason and an end date',
      }),
  ]),
  listReconcileRuns: z.tuple([]),
  getReviewReminder: z.tuple([]),
  /** The requests for the building manager, from the open findings, as a file to save. */
  getBuildingReport: z.tuple([
    z.strictObject({ format: z.enum(['pdf', 'xlsx']), locale: z.enum(locales) }),
  ]),
  /** How often the access review is due, in days (30: monthly). */
  setReviewPeriod: z.tuple([z.number().int().min(1).max(366)]),
};

export interface Results {
  runReconciliation: ReconcileRun;
  listFindings: FindingRecord[];
  setFindingStatus: FindingRecord;
  listReconcileRuns: ReconcileRun[];
  getReviewReminder: ReviewReminder;
  getBuildingReport: ReportFile;
  setReviewPeriod: ReviewReminder;
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
