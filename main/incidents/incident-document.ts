/**
 * One incident as a document for the accountant or the authority: what happened, how it was
 * classified and why, and for a data breach the fields of art. 33(3) GDPR and the report.
 */
import type { Locale } from '../../vocabulary';
import { makePdf, type Pdf } from '../documents/pdf';
import type { IncidentDetail } from './calls';
import { sourceWords } from './notices';

const words = {
  nl: {
    title: 'Incident {id}',
    register: 'Incidentenregister van {site}',
    facts: 'Wat er gebeurde',
    what: 'Wat',
    affected: 'Wat is geraakt',
    occurredAt: 'Gebeurd',
    awareAt: 'Bekend sinds',
    reportedBy: 'Gemeld door',
    origin: 'Herkomst',
    lobby: 'voorgesteld door Lobby',
    operator: 'gemeld door een medewerker',
    decision: 'Beoordeling van het voorstel',
    classification: 'Indeling',
    no_incident: 'geen incident',
    security_incident: 'beveiligingsincident',
    data_breach: 'datalek',
    reason: 'Waarom',
    reportable: 'Melden bij de Autoriteit Persoonsgegevens',
    yes: 'ja',
    no: 'nee',
    breach: 'Het datalek (art. 33 lid 3 AVG)',
    categories: 'Soorten gegevens en betrokkenen',
    people: 'Aantal betrokkenen (ongeveer)',
    records: 'Aantal registraties (ongeveer)',
    consequences: 'Waarschijnlijke gevolgen',
    measuresTaken: 'Genomen maatregelen',
    measuresPlanned: 'Geplande maatregelen',
    peopleTold: 'Betrokkenen ingelicht',
    planned: 'gepland',
    reportBy: 'Uiterlijk melden',
    reportedAt: 'Gemeld op',
    reference: 'Kenmerk',
    delayReason: 'Reden van de vertraging',
    closedAt: 'Gesloten',
    by: 'door',
    none: '–',
    notClassified: 'nog niet ingedeeld',
    receptionist: 'receptionist(e)',
    officeManager: 'officemanager',
    privacyOfficer: 'privacyfunctionaris',
    someone: 'een collega',
  },
  en: {
    title: 'Incident {id}',
    register: 'Incident register of {site}',
    facts: 'What happened',
    what: 'What',
    affected: 'What is affected',
    occurredAt: 'Happened',
    awareAt: 'Known since',
    reportedBy: 'Reported by',
    origin: 'Origin',
    lobby: 'proposed by Lobby',
    operator: 'reported by a colleague',
    decision: 'Decision on the proposal',
    classification: 'Classification',
    no_incident: 'no incident',
    security_incident: 'security incident',
    data_breach: 'data breach',
    reason: 'Why',
    reportable: 'To be reported to the Autoriteit Persoonsgegevens',
    yes: 'yes',
    no: 'no',
    breach: 'The data breach (art. 33(3) GDPR)',
    categories: 'Categories of data and people',
    people: 'Number of people (approximately)',
    records: 'Number of records (approximately)',
    consequences: 'Likely consequences',
    measuresTaken: 'Measures taken',
    measuresPlanned: 'Measures planned',
    peopleTold: 'People told',
    planned: 'planned',
    reportBy: 'Report by',
    reportedAt: 'Reported at',
    reference: 'Reference',
    delayReason: 'Reason for the delay',
    closedAt: 'Closed',
    by: 'by',
    none: '–',
    notClassified: 'not classified yet',
    receptionist: 'receptionist',
    officeManager: 'office manager',
    privacyOfficer: 'privacy officer',
    someone: 'a colleague',
  },
} as const;

const roleWords = { receptionist: 1, officeManager: 1, privacyOfficer: 1, someone: 1 };

export function incidentPdf(
  i: IncidentDetail,
  meta: { site: string; locale: Locale; createdAt: Date },
): Promise<Buffer> {
  const w = words[meta.locale];
  const title = w.title.replace('{id}', String(i.id));
  return makePdf({ title, createdAt: meta.createdAt }, (doc) => {
    doc
      .font('bold')
      .fontSize(18)
      .text(`${title}: ${headline(i, meta.locale)}`);
    doc.font('regular').fontSize(10).text(w.register.replace('{site}', meta.site));
    section(doc, w.facts, [
      [w.origin, i.origin === 'lobby' ? w.lobby : w.operator],
      [w.what, i.what],
      [w.affected, i.affected],
      [w.occurredAt, i.occurredAt],
      [w.awareAt, i.awareAt],
      [w.reportedBy, who(i.reportedBy)],
    ]);
    if (i.decidedAt)
      section(doc, w.decision, [
        [w.reason, `${i.decisionReason ?? ''} (${i.decidedAt}, ${w.by} ${who(i.decidedBy)})`],
      ]);
    section(doc, w.classification, [
      [w.classification, i.classification ? w[i.classification] : w.notClassified],
      [w.reason, i.classificationReason],
      [w.reportable, i.reportable === null ? null : i.reportable ? w.yes : w.no],
    ]);
    if (i.classification === 'data_breach') {
      const b = i.breach;
      section(doc, w.breach, [
        [w.categories, b?.categories],
        [w.people, b?.people],
        [w.records, b?.records],
        [w.consequences, b?.consequences],
        [w.measuresTaken, b?.measuresTaken],
        [w.measuresPlanned, b?.measuresPlanned],
        [
          w.peopleTold,
          b
            ? `${b.peopleTold === 'planned' ? w.planned : w[b.peopleTold]}. ${b.peopleToldWhy}`
            : null,
        ],
        [w.reportBy, i.reportBy],
        [w.reportedAt, i.reportedAt],
        [w.reference, i.reference],
        [w.delayReason, i.delayReason],
      ]);
    }
    if (i.closedAt)
      section(doc, w.closedAt, [[w.closedAt, `${i.closedAt} ${w.by} ${who(i.closedBy)}`]]);
  });

  /** Names stay names; a closed incident's roles are said in words. */
  function who(name: string | null): string | null {
    return name !== null && name in roleWords ? w[name as keyof typeof roleWords] : name;
  }

  function section(doc: Pdf, heading: string, rows: [string, string | null | undefined][]) {
    doc.moveDown(0.8).font('bold').fontSize(12).text(heading).font('regular').fontSize(10);
    for (const [label, value] of rows) doc.text(`${label}: ${value?.trim() ? value : w.none}`);
  }
}

/** An operator's title, or Lobby's words for what it saw. */
const headline = (i: IncidentDetail, locale: Locale) => i.title ?? sourceWords[locale][i.source];
