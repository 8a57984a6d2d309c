/** The privacy officer's screen: retention, the deletion log, requests, the record of processing. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import { locales } from '../../vocabulary';

export interface PrivacyOverview {
  visitorDays: number;
  eventMonths: number;
  leaverMonths: number;
  incidentYears: number;
  diskEncryption: 'encrypted' | 'not encrypted' | 'unknown';
  deletions: { at: string; category: string; count: number; cutoff: string; reason: string }[];
}

export interface PrivacyFile {
  fileName: string;
  mediaType: string;
  base64: string;
}

const Format = z.enum(['json', 'pdf', 'md']);

export const calls = {
  getPrivacyOverview: z.tuple([]),
  setRetention: z.tuple([
    z.strictObject({
      eventMonths: z.number().int().min(1).max(60),
      leaverMonths: z.number().int().min(0).max(60),
      incidentYears: z.number().int().min(1).max(20).optional(),
    }),
  ]),
  getProcessingRecord: z.tuple([z.enum(locales), Format]),
  /** The document is in `locale`, the subject's language (the screen's by default). */
  exportPersonData: z.tuple([z.string().trim().min(1).max(40), Format, z.enum(locales).optional()]),
  exportVisitData: z.tuple([z.number().int().positive(), Format, z.enum(locales).optional()]),
  eraseVisitor: z.tuple([z.number().int().positive(), z.string().trim().min(3).max(300)]),
  /** The visitor log: by name, organisation or host, between two dates; at most 100 rows. */
  findVisitors: z.tuple([
    z.strictObject({
      text: z.string().trim().max(80),
      from: z.iso.date().nullable(),
      to: z.iso.date().nullable(),
    }),
  ]),
};

export interface Results {
  getPrivacyOverview: PrivacyOverview;
  setRetention: PrivacyOverview;
  getProcessingRecord: PrivacyFile;
  exportPersonData: PrivacyFile;
  exportVisitData: PrivacyFile;
  eraseVisitor: null;
  findVisitors: VisitorLogEntry[];
}

/** A visit in the privacy officer's visitor log. */
export interface VisitorLogEntry {
  id: number;
  visitDate: string;
  visitorName: string;
  visitorCompany: string | null;
  hostName: string | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
