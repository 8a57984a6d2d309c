/**
 * The shape staff and visit imports share: plan every row first (so a dry run and the screen's
 * preview say exactly what would change), then write the new and changed records and the audit
 * entry in one transaction.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { Db } from '../../db/open';
import type { ImportSummary } from '../tables/summary';

export interface PlannedUpsert<F> {
  fields: F;
  existingId: number | null;
  changed: boolean;
}

export interface UpsertPlan<F> {
  summary: ImportSummary;
  rows: PlannedUpsert<F>[];
}

/** Adds a planned row and counts it as new, changed or already so. */
export function planRow<F, R extends PlannedUpsert<F>>(
  plan: { summary: ImportSummary; rows: R[] },
  row: R,
): void {
  plan.rows.push(row);
  if (row.existingId === null) plan.summary.imported += 1;
  else if (row.changed) plan.summary.updated += 1;
  else plan.summary.unchanged += 1;
}

export function applyUpsertPlan<F>(
  plan: UpsertPlan<F>,
  deps: { db: Db; audit: AuditRepo },
  store: { insert(fields: F): unknown; update(id: number, fields: F): unknown },
  audit: { actor: string; action: string },
): void {
  deps.db.transaction(() => {
    for (const row of plan.rows) {
      if (!row.changed) continue;
      if (row.existingId === null) store.insert(row.fields);
      else store.update(row.existingId, row.fields);
    }
    const { imported, updated, rejected, file } = plan.summary;
    if (imported + updated > 0) {
      deps.audit.record({
        ...audit,
        subject: file,
        detail: { imported, updated, rejected: rejected.length },
      });
    }
  })();
}
