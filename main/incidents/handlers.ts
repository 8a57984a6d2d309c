import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import { incidentPdf } from './incident-document';
import { registerXlsx } from './register-xlsx';
import type { IncidentService } from './incident-service';

export function incidentHandlers(deps: {
  incidents: IncidentService;
  operator: () => string;
  siteName: () => string;
}): Handlers<typeof calls, Results> {
  const { incidents, operator } = deps;
  return {
    reportIncident: (report) => incidents.report(report, operator()),
    listIncidentRegister: () => incidents.list(operator()),
    getIncident: (id) => incidents.detail(id, operator()),
    decideIncidentProposal: ({ id, accept, reason }) =>
      incidents.decide(id, accept, reason, operator()),
    classifyIncident: (c) => incidents.classify(c, operator()),
    recordIncidentReport: (r) => incidents.recordReport(r, operator()),
    closeIncident: (id) => incidents.close(id, operator()),
    getBreachClocks: () => incidents.clocks(),
    getIncidentRegisterXlsx: async (locale) => {
      const all = incidents.everything(operator());
      const bytes = await registerXlsx(all, {
        site: deps.siteName(),
        locale,
        createdAt: new Date(),
      });
      return {
        fileName: `${locale === 'nl' ? 'incidentenregister' : 'incident-register'}.xlsx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: bytes.toString('base64'),
      };
    },
    getIncidentPdf: async (id, locale) => {
      const detail = incidents.detail(id, operator());
      const bytes = await incidentPdf(detail, {
        site: deps.siteName(),
        locale,
        createdAt: new Date(),
      });
      incidents.exported(id, operator());
      return {
        fileName: `incident-${id}.pdf`,
        mediaType: 'application/pdf',
        base64: bytes.toString('base64'),
      };
    },
  };
}
