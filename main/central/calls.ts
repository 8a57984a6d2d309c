/**
 * The central store on screen: this kiosk's place in it (what waits, when it last pushed and
 * pulled, each kiosk's last contact), what a rule decided against it, joining with the
 * credentials IT gave, and a sync now. The privacy officer joins; the office manager reads.
 */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';

export interface CentralConflict {
  id: number;
  at: string;
  kind: 'badgeGivenTwice' | 'signedInTwice';
  /** The global key of the row the rule kept (the visit, the first hand-out). */
  about: string;
}

export interface CentralStatus {
  joined: boolean;
  kiosk: string | null;
  waiting: number;
  parked: number;
  lastPushAt: string | null;
  lastPullAt: string | null;
  lastFailureAt: string | null;
  kiosks: { name: string; lastContactAt: string | null }[];
  conflicts: CentralConflict[];
}

export const calls = {
  getCentralStatus: z.tuple([]),
  joinCentral: z.tuple([z.string().trim().min(20).max(2000)]),
  syncCentral: z.tuple([]),
};

export interface Results {
  getCentralStatus: CentralStatus;
  joinCentral: CentralStatus;
  syncCentral: CentralStatus;
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
