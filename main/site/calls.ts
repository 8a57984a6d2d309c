/** The site model: zones, doors, schedules, expected profiles and the building's access levels. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import type { SiteConfig } from '../domain/site-model';
import type { ImportSummary } from '../tables/summary';

export const calls = {
  getSiteConfig: z.tuple([]),
  /** The whole site model; validated like an imported site.json, refused whole on any error. */
  saveSiteConfig: z.tuple([z.unknown()]),
};

export interface Results {
  getSiteConfig: SiteConfig;
  saveSiteConfig: ImportSummary;
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
