import fs from 'node:fs/promises';
import type { IncidentService } from '../incidents';
import path from 'node:path';
import type { AuditRepo } from '../../db/repos/audit';
import type { PeopleRepo } from '../../db/repos/people';
import type { TagsRepo } from '../../db/repos/tags';
import type { VisitsRepo } from '../../db/repos/visits';
import type { Db } from '../../db/open';
import { AppError } from '../ipc/errors';
import type { SiteService } from '../site';
import { planStaffImport } from './staff-import';
import { applyTagPlan, planTagImport } from './tag-register-import';
import { planVisitImport } from './visit-import';
import { planExpectedImport } from './expected-import';
import { receptionRepo } from '../../db/repos/reception';
import { utcToLocal } from '../tables/local-time';
import { applyUpsertPlan } from './upsert-plan';
import type { ImportSummary } from '../tables/summary';
import { readTableInWorker } from '../tables/read-in-worker';

export interface ImportOptions {
  /** Plan and report only: the preview the UI shows before the office manager confirms. */
  dryRun?: boolean;
  actor: string;
}

/** The office manager's registers: site configuration, staff list, tag register, visitor log. */
export function registerImports(deps: {
  db: Db;
  people: PeopleRepo;
  tags: TagsRepo;
  visits: VisitsRepo;
  audit: AuditRepo;
  site: SiteService;
  timezone: () => string;
  incidents: Pick<IncidentService, 'propose'>;
}) {
  const name = (file: string) => path.basename(file);
  return {
    /** Visitors expected on a day (today or later), for the desk and the kiosk's search. */
    async expected(file: string, opts: ImportOptions): Promise<ImportSummary> {
      const reception = receptionRepo(deps.db);
      const today = utcToLocal(new Date().toISOString(), deps.timezone()).date;
      const plan = planExpectedImport(name(file), await readTableInWorker(file), {
        people: deps.people,
        reception,
        today,
      });
      if (!opts.dryRun) {
        deps.db.transaction(() => {
          const at = new Date().toISOString();
          for (const visit of plan.visits) reception.insert(visit, at);
          deps.audit.record({
            actor: opts.actor,
            action: 'visits.expect',
            detail: { file: name(file), visits: plan.visits.length },
          });
        })();
      }
      return plan.summary;
    },
    async site(file: string, opts: ImportOptions): Promise<ImportSummary> {
      const text = await fs.readFile(file, 'utf8').catch(() => {
        throw new AppError('not_found', `There is no file ${file}.`);
      });
      if (opts.dryRun) {
        return previewSite(deps.db, () => deps.site.importSite(name(file), text, opts.actor));
      }
      return deps.site.importSite(name(file), text, opts.actor);
    },
    async staff(file: string, opts: ImportOptions): Promise<ImportSummary> {
      const plan = planStaffImport(name(file), await readTableInWorker(file), deps.people);
      if (!opts.dryRun)
        applyUpsertPlan(plan, deps, deps.people, { actor: opts.actor, action: 'staff.import' });
      return plan.summary;
    },
    async tags(file: string, opts: ImportOptions): Promise<ImportSummary> {
      const plan = planTagImport(name(file), await readTableInWorker(file), {
        ...deps,
        timezone: deps.timezone(),
      });
      if (!opts.dryRun) applyTagPlan(plan, deps, opts.actor);
      return plan.summary;
    },
    async visits(file: string, opts: ImportOptions): Promise<ImportSummary> {
      const plan = planVisitImport(name(file), await readTableInWorker(file), {
        ...deps,
        timezone: deps.timezone(),
      });
      if (!opts.dryRun)
        applyUpsertPlan(plan, deps, deps.visits, { actor: opts.actor, action: 'visits.import' });
      return plan.summary;
    },
  };
}

/** Runs an import inside a transaction that is always rolled back, and returns what it would do. */
function previewSite(db: Db, run: () => ImportSummary): ImportSummary {
  let summary: ImportSummary | null = null;
  try {
    db.transaction(() => {
      summary = run();
      throw new RollBack();
    })();
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  return summary!;
}
class RollBack extends Error {}
export type RegisterImports = ReturnType<typeof registerImports>;
