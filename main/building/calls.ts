/** The building: the building manager's exports (cardholders, door events) and their words. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import {
  cardRules,
  outcomes,
  type BuildingFileKind,
  type BuildingImportRecord,
  type CardRule,
  type ImportPhase,
  type Outcome,
  type UnmatchedCardholder,
  type UnmatchedEventCard,
} from '../../vocabulary';
import type { Rejection } from '../tables/summary';

export type { BuildingImportRecord };

export interface RuleScore {
  rule: CardRule;
  matched: number;
  ambiguous: number;
  /** The example tag (CardReport.cardRuleExample) as this rule prints it. */
  example: string | null;
}

/** What an import's summary reports about card numbers. */
export interface CardReport {
  cardRule: CardRule | null;
  cardRuleDetected: CardRule | null;
  cardMatchRate: number;
  cardMatches: { distinct: number; matched: number; ambiguous: number; unmatched: number };
  cardRuleScores: RuleScore[];
  /** One of our tags, shown under every rule so the office manager can find it in the file. */
  cardRuleExample: string | null;
}

export interface BuildingImportSummary extends CardReport {
  file: string;
  sha256: string;
  /** null in a preview when Lobby cannot tell: the office manager assigns the columns. */
  kind: BuildingFileKind | null;
  rows: number;
  imported: number;
  duplicates: number;
  rejected: Rejection[];
  encoding: string;
  delimiter: string | null;
  headerRow: number;
  sheet?: string;
  columns: Record<string, string>;
  /** In a preview: the roles a column can be given, for correcting the mapping. */
  availableRoles?: string[];
  /** In a preview: the last import of a file with exactly these bytes, to warn before a second. */
  importedBefore?: { at: string; by: string } | null;
  outcomes?: Partial<Record<Outcome, number>>;
  unknownEventTexts?: { text: string; count: number }[];
  /**
   * Events of other organisations' known cards at doors off our floor: counted here, not stored
   * (the building's exports hold every tenant's people; the review needs none of these).
   */
  minimised?: number;
  /**
   * Events older than the retention period: the next purge deletes them. In a preview counted
   * by day; in an import exactly. Left out when the import was asked to (`skipExpired`).
   */
  pastRetention?: number;
  /** Whether those were left out rather than stored. */
  skippedExpired?: boolean;
}

export interface ImportProgress {
  jobId: string;
  phase: ImportPhase;
  bytes: number;
  total: number;
}

export type ImportFinished =
  | { jobId: string; outcome: 'done'; summary: BuildingImportSummary }
  | { jobId: string; outcome: 'refused' | 'cancelled' | 'failed'; rejected: Rejection[] };

const BuildingImportRequest = z.strictObject({
  uploadId: z.uuid(),
  cardRule: z.enum(cardRules).nullable(),
  /** Corrections to the detected mapping: header → role or "ignored". */
  columns: z.record(z.string().max(200), z.string().max(40)),
  /** Leave out the events older than the retention period instead of storing them. */
  skipExpired: z.boolean().optional(),
});
export type BuildingImportRequest = z.output<typeof BuildingImportRequest>;

export const calls = {
  /** Detect kind, format, columns and card rule of an uploaded building export; writes nothing. */
  inspectBuildingUpload: z.tuple([BuildingImportRequest]),
  startBuildingImport: z.tuple([BuildingImportRequest]),
  cancelBuildingImport: z.tuple([z.uuid()]),
  listBuildingImports: z.tuple([]),
  /** Card numbers in the building's data that match none of our badges, listed (not counted). */
  listUnmatchedCards: z.tuple([]),
  /** "This event text means that outcome": for later imports, and for events waiting for it. */
  addEventTextRule: z.tuple([
    z.strictObject({ text: z.string().min(1).max(500), outcome: z.enum(outcomes) }),
  ]),
  /** Whether imports leave out other tenants' events at doors off our floor (on by default). */
  getMinimisation: z.tuple([]),
  setMinimisation: z.tuple([z.boolean()]),
};

export interface Results {
  inspectBuildingUpload: BuildingImportSummary;
  startBuildingImport: { jobId: string };
  cancelBuildingImport: null;
  listBuildingImports: BuildingImportRecord[];
  listUnmatchedCards: {
    cardholders: UnmatchedCardholder[];
    events: UnmatchedEventCard[];
  };
  addEventTextRule: { classified: number };
  getMinimisation: { on: boolean };
  setMinimisation: { on: boolean };
}

export const publicCalls = [] as const;

export interface Events {
  importProgress: ImportProgress;
  importFinished: ImportFinished;
}

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
