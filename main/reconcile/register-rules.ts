/** Our own registers on their own: visitor badges that went out and did not come back. */
import type { ReconcileContext } from './context';
import type { FindingSet } from './finding';
import { severityOf } from './severity';

export function registerRules(ctx: ReconcileContext, out: FindingSet): void {
  for (const v of ctx.visits) {
    if (!v.badgeUid || v.date >= ctx.asOfDate) continue;
    if (v.checkedOutAt !== null && v.badgeReturnedAt !== null) continue;
    out.add('VISITOR_BADGE_NOT_RETURNED', severityOf.VISITOR_BADGE_NOT_RETURNED, {
      tagUid: v.badgeUid,
      holderName: v.reference,
    });
  }
}
