import path from 'node:path';
import type { Handlers } from '../ipc/feature-contract';
import type { calls, PrivacyFile, PrivacyOverview, Results } from './calls';
import { diskEncryption } from './disk-encryption';
import { processingFacts } from './facts';
import { processingRecordMarkdown, processingRecordPdf } from './processing-record';
import type { Retention } from './retention';
import { exportPdf, type SubjectRequests } from './subject-requests';

type Facts = Parameters<typeof processingFacts>[0];

export function privacyHandlers(deps: {
  facts: Facts;
  retention: Retention;
  requests: SubjectRequests;
  dbFile: string;
  operator: () => string;
}): Handlers<typeof calls, Results> {
  const { retention, requests, operator } = deps;
  const overview = async (): Promise<PrivacyOverview> => ({
    ...retention.periods(),
    diskEncryption: await diskEncryption(path.dirname(path.resolve(deps.dbFile))),
    deletions: retention.deletions().slice(0, 50),
  });
  const file = (fileName: string, mediaType: string, bytes: Buffer | string): PrivacyFile => ({
    fileName,
    mediaType,
    base64: Buffer.from(bytes).toString('base64'),
  });
  const asFile = async (
    name: string,
    data: Record<string, unknown>,
    format: 'json' | 'pdf' | 'md',
  ) =>
    format === 'pdf'
      ? file(`${name}.pdf`, 'application/pdf', await exportPdf(data, `Lobby: ${name}`))
      : file(`${name}.json`, 'application/json', JSON.stringify(data, null, 2));
  return {
    getPrivacyOverview: overview,
    setRetention: (periods) => {
      retention.setPeriods(periods, operator());
      return overview();
    },
    getProcessingRecord: async (locale, format) => {
      const facts = processingFacts(deps.facts);
      const at = new Date();
      const name = locale === 'nl' ? 'verwerkingsregister' : 'record-of-processing';
      return format === 'pdf'
        ? file(`${name}.pdf`, 'application/pdf', await processingRecordPdf(facts, locale, at))
        : file(`${name}.md`, 'text/markdown', processingRecordMarkdown(facts, locale, at));
    },
    exportPersonData: (employeeId, format) =>
      asFile(`person-${employeeId}`, requests.person(employeeId, operator()), format),
    exportVisitData: (visitId, format) =>
      asFile(`visit-${visitId}`, requests.visit(visitId, operator()), format),
    findVisitors: (filter) => requests.findVisitors(filter, operator()),
    eraseVisitor: (visitId, reason) => {
      requests.eraseVisitor(visitId, reason, operator());
      return null;
    },
  };
}
