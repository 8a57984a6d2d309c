/**
 * The retention schedule, on by default: visitors' details after 28 days (the reception setting
 * the privacy notice quotes), door events, old cardholder lists and worked-off findings after six
 * months, leavers' details six months after their end date. Run at start and daily; each run is
 * one transaction, logged by category and count, and the file is scrubbed afterwards.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Db } from '../../db/open';
import type { AuditRepo } from '../../db/repos/audit';
import type { Cutoffs, RetentionRepo } from '../../db/repos/retention';
import type { SettingsRepo } from '../../db/repos/settings';

export const RetentionSettings = z.object({
  eventMonths: z.number().int().min(1).max(60),
  leaverMonths: z.number().int().min(0).max(60),
  /** Closed and dismissed incidents: kept for the accountant and the authority, then gone. */
  incidentYears: z.number().int().min(1).max(20).default(5),
});
export type RetentionSettings = z.output<typeof RetentionSettings>;
export const defaultRetention: RetentionSettings = {
  eventMonths: 6,
  leaverMonths: 6,
  incidentYears: 5,
};

export interface RetentionDeps {
  db: Db;
  repo: RetentionRepo;
  settings: SettingsRepo;
  audit: AuditRepo;
  visitorDays: () => number;
  timezone: () => string;
  now?: () => Date;
}

export function retention(deps: RetentionDeps) {
  const now = deps.now ?? (() => new Date());
  const periods = () => ({
    ...defaultRetention,
    ...deps.settings.get('privacy.retention', RetentionSettings.partial(), {}),
    visitorDays: deps.visitorDays(),
  });
  const cutoffs = (at: Date): Cutoffs => {
    const p = periods();
    const local = DateTime.fromJSDate(at).setZone(deps.timezone());
    const events = DateTime.fromJSDate(at).minus({ months: p.eventMonths });
    return {
      visitsBefore: local.minus({ days: p.visitorDays }).toISODate()!,
      eventsBeforeMs: events.toMillis(),
      eventsBeforeIso: events.toUTC().toISO()!,
      leftBefore: local.minus({ months: p.leaverMonths }).toISODate()!,
      incidentsBefore: DateTime.fromJSDate(at).minus({ years: p.incidentYears }).toUTC().toISO()!,
    };
  };
  return {
    periods,
    /** The oldest moment a door event is kept from, now (earlier ones go at the next purge). */
    eventsKeptFrom: (): number => cutoffs(now()).eventsBeforeMs,
    setPeriods(value: z.input<typeof RetentionSettings>, actor: string) {
      deps.settings.set('privacy.retention', RetentionSettings.parse(value));
      deps.audit.record({ actor, action: 'privacy.retention', detail: value });
    },
    /** Removes what is past its period; returns the counts (also in the deletion log). */
    run(actor: string): Record<string, number> {
      const at = now();
      const c = cutoffs(at);
      const counts = deps.db.transaction(() => {
        const done = {
          ...deps.repo.visitors(c),
          ...deps.repo.leavers(c),
          ...deps.repo.building(c),
          ...deps.repo.incidents(c),
        };
        const cutoffOf: Record<string, string> = {
          visitors: c.visitsBefore,
          staleOpenVisits: c.visitsBefore,
          visitorNotices: c.visitsBefore,
          rollCallNames: c.visitsBefore,
          staffPresence: c.visitsBefore,
          leavers: c.leftBefore,
          leaverCardholderRows: c.leftBefore,
          leaverEventHolders: c.leftBefore,
          leaverFindings: c.leftBefore,
          incidents: c.incidentsBefore,
        };
        for (const [category, n] of Object.entries(done))
          deps.repo.logDeletion(
            at.toISOString(),
            category,
            n,
            cutoffOf[category] ?? c.eventsBeforeIso,
            'retention',
          );
        deps.audit.record({ actor, action: 'privacy.purge', detail: done });
        return done;
      })();
      deps.repo.scrub();
      return counts;
    },
    deletions: () => deps.repo.deletions(),
  };
}
export type Retention = ReturnType<typeof retention>;
