import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { FindingsService } from './findings-service';
import { reportPdf, reportXlsx } from './report';

export function reconcileHandlers(deps: {
  findings: FindingsService;
  siteName: () => string;
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
    getBuildingReport: async ({ format, locale }) => {
      const report = findings.buildingReport(operator(), locale);
      const meta = { site: deps.siteName(), asOf: report.asOf, createdAt: report.createdAt };
      const file =
        format === 'pdf'
          ? await reportPdf(report.rows, meta, locale)
          : await reportXlsx(report.rows, meta, locale);
      return {
        fileName: `${locale === 'nl' ? 'verzoeken-gebouwbeheer' : 'building-requests'}-${report.asOf.slice(0, 10)}.${format}`,
        mediaType:
          format === 'pdf'
            ? 'application/pdf'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: file.toString('base64'),
        requests: report.rows.length,
      };
    },
    setReviewPeriod: (days) => findings.setPeriod(days, operator()),
  };
}
