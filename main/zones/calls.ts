/** Zones: per zone of the site, who should get in and when. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import type { ScheduleWindow } from '../domain/site-model';

export interface ZoneSummary {
  id: string;
  label: string;
  labels?: { nl?: string; en?: string };
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

export const calls = {
  listZones: z.tuple([]),
};

export interface Results {
  listZones: ZoneSummary[];
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
