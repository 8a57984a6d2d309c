/**
 * A reconciliation: the building's access data against our staff list, tag register, visitor log
 * and site model, as of one moment. Pure over what reconcile-data loads, so every rule is tested
 * on plain data and the command line and the console get the same answer.
 */
import type { ReconcileRepo } from '../../db/repos/reconcile';
import { severities, type Locale } from '../../vocabulary';
import type { SiteConfig } from '../domain/site-model';
import { utcToLocal } from '../tables/local-time';
import { reconcileContext } from './context';
import { eventRules } from './event-rules';
import { exportRules } from './export-rules';
import { findingSet, type Finding } from './finding';
import { plainEvents } from './plain-events';
import { registerRules } from './register-rules';
import { explainer } from './texts';

export interface Reconciliation {
  asOf: string;
  findings: Finding[];
  stats: {
    events: number;
    cardholders: number;
    findings: number;
    bySeverity: Record<string, number>;
    byKind: Record<string, number>;
  };
}

/** Everything but the events: what says which events can matter. */
export const ourSide = (repo: ReconcileRepo, site: SiteConfig) => ({
  site,
  people: repo.people(),
  tags: repo.tags(),
  custody: repo.custody(),
  lost: repo.lost(),
  cardholders: repo.cardholders(),
});

export function reconcile(
  repo: ReconcileRepo,
  site: SiteConfig,
  opts: { asOf?: Date; locale?: Locale } = {},
): Reconciliation {
  const newest = repo.newestEventAt();
  const asOf = opts.asOf?.getTime() ?? newest ?? Date.now();
  const side = ourSide(repo, site);
  const ctx = reconcileContext({
    ...side,
    asOf,
    asOfDate: utcToLocal(new Date(asOf).toISOString(), site.site.timezone).date,
    events: repo.events(asOf, plainEvents(side)),
    visits: repo.visits(),
  });
  const out = findingSet(explainer(opts.locale ?? 'en'));
  eventRules(ctx, out);
  exportRules(ctx, out);
  registerRules(ctx, out);
  const rank = (f: Finding) => severities.indexOf(f.severity);
  const findings = out
    .list()
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.kind.localeCompare(b.kind) ||
        (a.firstAt ?? '').localeCompare(b.firstAt ?? ''),
    );
  const count = (key: (f: Finding) => string) =>
    findings.reduce<Record<string, number>>(
      (all, f) => ({ ...all, [key(f)]: (all[key(f)] ?? 0) + 1 }),
      {},
    );
  return {
    asOf: new Date(asOf).toISOString(),
    findings,
    stats: {
      events: repo.countEvents(asOf),
      cardholders: ctx.cardholders.length,
      findings: findings.length,
      bySeverity: count((f) => f.severity),
      byKind: count((f) => f.kind),
    },
  };
}
