/**
 * The incident register: any operator reports an incident; Lobby proposes what it sees; the
 * privacy officer accepts or dismisses proposals, classifies, and records the report to the
 * authority, which stops the 72-hour clock of a reportable breach.
 */
import { z } from 'zod';
import {
  incidentClassifications,
  locales,
  type IncidentClassification,
  type IncidentSource,
  type IncidentStatus,
} from '../../vocabulary';
import { featureContract } from '../ipc/feature-contract';

export interface IncidentSummary {
  id: number;
  origin: 'lobby' | 'operator';
  source: IncidentSource;
  status: IncidentStatus;
  /** An operator's title; null for Lobby's proposals, which the screen names by their source. */
  title: string | null;
  awareAt: string;
  occurredAt: string | null;
  classification: IncidentClassification | null;
  reportable: boolean | null;
  /** awareAt + 72 h for a reportable breach, else null. */
  reportBy: string | null;
  reportedAt: string | null;
  reference: string | null;
}

/** The fields of art. 33(3) GDPR for a breach, ready to copy into the authority's form. */
export const BreachDetails = z.strictObject({
  categories: z.string().trim().min(1).max(1000),
  people: z.string().trim().min(1).max(200),
  records: z.string().trim().min(1).max(200),
  consequences: z.string().trim().min(1).max(2000),
  measuresTaken: z.string().trim().min(1).max(2000),
  measuresPlanned: z.string().trim().max(2000),
  peopleTold: z.enum(['yes', 'no', 'planned']),
  peopleToldWhy: z.string().trim().max(1000),
});
export type BreachDetails = z.output<typeof BreachDetails>;

export interface IncidentDetail extends IncidentSummary {
  what: string | null;
  affected: string | null;
  reportedBy: string;
  /** The evidence it links to: a badge, the person concerned, a visit, a finding. */
  tagUid: string | null;
  personName: string | null;
  visitId: number | null;
  findingId: number | null;
  evidence: Record<string, unknown> | null;
  decisionReason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  classificationReason: string | null;
  classifiedAt: string | null;
  classifiedBy: string | null;
  breach: BreachDetails | null;
  delayReason: string | null;
  closedAt: string | null;
  closedBy: string | null;
}

/** Reportable breaches not yet reported, for the countdown on the console's header. */
export interface BreachClock {
  id: number;
  title: string | null;
  source: IncidentSource;
  reportBy: string;
}

const Id = z.number().int().positive();
const When = z.iso.datetime({ offset: true });
const Reason = z.string().trim().min(3, 'a reason of a few words').max(2000);

export const NewIncidentReport = z.strictObject({
  title: z.string().trim().min(3).max(200),
  what: z.string().trim().min(3).max(4000),
  affected: z.string().trim().max(2000).nullable(),
  occurredAt: When.nullable(),
  /** When it was noticed; now when not given. */
  awareAt: When.nullable(),
});

export const Classification = z.strictObject({
  id: Id,
  classification: z.enum(incidentClassifications),
  reason: Reason,
  /** For a data breach: must it go to the authority (risk to people)? Null otherwise. */
  reportable: z.boolean().nullable(),
  breach: BreachDetails.nullable(),
});

export const calls = {
  reportIncident: z.tuple([NewIncidentReport]),
  listIncidentRegister: z.tuple([]),
  getIncident: z.tuple([Id]),
  decideIncidentProposal: z.tuple([
    z.strictObject({ id: Id, accept: z.boolean(), reason: Reason }),
  ]),
  classifyIncident: z.tuple([Classification]),
  recordIncidentReport: z.tuple([
    z.strictObject({
      id: Id,
      at: When.nullable(),
      reference: z.string().trim().min(1).max(100),
      delayReason: z.string().trim().max(2000).nullable(),
    }),
  ]),
  closeIncident: z.tuple([Id]),
  getBreachClocks: z.tuple([]),
  getIncidentPdf: z.tuple([Id, z.enum(locales)]),
  getIncidentRegisterXlsx: z.tuple([z.enum(locales)]),
};

export interface Results {
  reportIncident: IncidentSummary;
  listIncidentRegister: IncidentSummary[];
  getIncident: IncidentDetail;
  decideIncidentProposal: IncidentDetail;
  classifyIncident: IncidentDetail;
  recordIncidentReport: IncidentDetail;
  closeIncident: IncidentDetail;
  getBreachClocks: BreachClock[];
  getIncidentPdf: IncidentFile;
  getIncidentRegisterXlsx: IncidentFile;
}

/** An incident's document for the screen to save. */
export interface IncidentFile {
  fileName: string;
  mediaType: string;
  base64: string;
}

export const publicCalls = [] as const;

export interface Events {
  incidentsChanged: Record<string, never>;
}

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
