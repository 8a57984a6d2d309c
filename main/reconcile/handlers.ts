import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { FindingsService } from './findings-service';

export function reconcileHandlers(deps: {
  findings: FindingsService;
  operator: () => string;
}): Handlers<typeof calls, Results> {
  const { findings, operator } = deps;
  return {
    runReconciliation: (asOf) => {
      // The findings themselves are read with listFindings; the run says what changed.
      const {
        id,
        ranAt,
        asOf: at,
        runBy,
        counts,
      } = findings.run(operator(), asOf ? { asOf: new Date(asOf) } : {});
      return { id, ranAt, asOf: at, runBy, counts };
    },
    listFindings: (filter) => findings.list(filter),
    setFindingStatus: (status) => findings.setStatus(status, operator()),
    listReconcileRuns: () => findings.runs(),
    getReviewReminder: () => findings.reminder(),
    setReviewPeriod: (days) => findings.setPeriod(days, operator()),
  };
}
