/** Tags: the NFC tags we enrolled, who holds each (custody), and the incidents around them. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import {
  tagPools,
  type CustodyEndReason,
  type IncidentKind,
  type TagPool,
  type TagAction,
  type TagStatus,
} from '../../vocabulary';
import type { ZoneAccess } from '../domain/expected-access';
import { canonicalUid } from '../../hardware/uid';

export interface TagSummary {
  id: number;
  uid: string;
  label: string | null;
  pool: TagPool;
  status: TagStatus;
  statusSince: string;
  holder: { kind: 'person'; personId: number; name: string } | { kind: 'visitor_pool' } | null;
}

export interface CustodyEntry {
  holder: string;
  startedAt: string;
  endedAt: string | null;
  endReason: CustodyEndReason | null;
  recordedBy: string;
}

export interface TagDetail extends TagSummary {
  history: CustodyEntry[];
  /** What the holder's expected profile gives (empty for the visitor pool or nobody). */
  access: ZoneAccess[];
  /** What reception may do with the tag now. */
  actions: TagAction[];
}

export interface Incident {
  id: number;
  kind: IncidentKind;
  tagId: number;
  uid: string;
  label: string | null;
  personName: string | null;
  occurredAt: string;
  reportedBy: string;
  note: string | null;
}

/** Canonical tag UID: uppercase hex, no separators, 4, 7 or 10 bytes. */
export const TagUid = z.string().transform((s, ctx) => {
  const uid = canonicalUid(s);
  if (uid === null) ctx.addIssue({ code: 'custom', message: 'not a 4, 7 or 10-byte UID' });
  return uid ?? z.NEVER;
});

const Id = z.number().int().positive();

export const calls = {
  listTags: z.tuple([]),
  getTag: z.tuple([Id]),
  enrollTag: z.tuple([
    z.strictObject({
      uid: TagUid,
      pool: z.enum(tagPools),
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
};

export interface Results {
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
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
