import path from 'node:path';
import type { Handlers } from '../ipc/feature-contract';
import type { calls, PrivacyFile, PrivacyOverview, Results } from './calls';
import { diskEncryption } from './disk-encryption';
import { processingFacts } from './facts';
import { processingRecordMarkdown, processingRecordPdf } from './processing-record';
import type { Retention } from './retention';
import type { Locale } from '../../vocabulary';
import { subjectDocument } from './subject-document';
import type { SubjectRequests } from './subject-requests';

type Facts = Parameters<typeof processingFacts>[0];

export function privacyHandlers(deps: {
  facts: Facts;
  retention: Retention;
  requests: SubjectRequests;
  dbFile: string;
  operator: () => string;
  /** The site's time zone: the document's dates are on its clock. */
  timezone: () => string;
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
    kind: 'person' | 'visit',
    key: string,
    data: Record<string, unknown>,
    format: 'json' | 'pdf' | 'md',
    locale: Locale = 'nl',
  ) => {
    const name = `${locale === 'nl' ? (kind === 'person' ? 'gegevens' : 'bezoek') : kind === 'person' ? 'data' : 'visit'}-${key}`;
    if (format !== 'pdf')
      return file(`${name}.json`, 'application/json', JSON.stringify(data, null, 2));
    const controller = deps.facts.controller();
    const pdf = await subjectDocument(data, {
      kind,
      locale,
      controller,
      timezone: deps.timezone(),
    });
    return file(`${name}.pdf`, 'application/pdf', pdf);
  };
  return {
    getPrivacyOverview: overview,
    setRetention: (periods) => {
      retention.setPeriods(
        { ...periods, incidentYears: periods.incidentYears ?? retention.periods().incidentYears },
        operator(),
      );
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
    exportPersonData: (employeeId, format, locale) =>
      asFile('person', employeeId, requests.person(employeeId, operator()), format, locale),
    exportVisitData: (visitId, format, locale) =>
      asFile('visit', String(visitId), requests.visit(visitId, operator()), format, locale),
    findVisitors: (filter) => requests.findVisitors(filter, operator()),
    eraseVisitor: (visitId, reason) => {
      requests.eraseVisitor(visitId, reason, operator());
      return null;
    },
  };
}
