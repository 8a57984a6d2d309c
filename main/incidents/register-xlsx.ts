/**
 * The incident register as a spreadsheet for the accountant or the authority: one row per
 * incident. Cells are typed (text, date): a text cell is never a formula, so "=…" typed into a
 * report stays text.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../../vocabulary';
import type { IncidentDetail } from './calls';
import { sourceWords } from './notices';

const headers: Record<Locale, string[]> = {
  nl: [
    'Nr.',
    'Titel',
    'Herkomst',
    'Status',
    'Bekend sinds',
    'Gebeurd',
    'Wat',
    'Indeling',
    'Reden',
    'Melden bij AP',
    'Uiterlijk',
    'Gemeld',
    'Kenmerk',
    'Reden vertraging',
    'Gesloten',
  ],
  en: [
    'No.',
    'Title',
    'Source',
    'Status',
    'Known since',
    'Happened',
    'What',
    'Classification',
    'Reason',
    'Report to authority',
    'Report by',
    'Reported',
    'Reference',
    'Reason for delay',
    'Closed',
  ],
};
const classes: Record<Locale, Record<string, string>> = {
  nl: {
    no_incident: 'geen incident',
    security_incident: 'beveiligingsincident',
    data_breach: 'datalek',
  },
  en: {
    no_incident: 'no incident',
    security_incident: 'security incident',
    data_breach: 'data breach',
  },
};
const statuses: Record<Locale, Record<string, string>> = {
  nl: { proposed: 'voorgesteld', open: 'open', dismissed: 'afgewezen', closed: 'gesloten' },
  en: { proposed: 'proposed', open: 'open', dismissed: 'dismissed', closed: 'closed' },
};

export async function registerXlsx(
  incidents: IncidentDetail[],
  meta: { site: string; locale: Locale; createdAt: Date },
): Promise<Buffer> {
  const { locale } = meta;
  const yes = locale === 'nl' ? 'ja' : 'yes';
  const no = locale === 'nl' ? 'nee' : 'no';
  const date = (iso: string | null) => (iso ? new Date(iso) : null);
  const workbook = new ExcelJS.Workbook();
  workbook.created = meta.createdAt;
  const sheet = workbook.addWorksheet(locale === 'nl' ? 'Incidenten' : 'Incidents');
  sheet.addRow([
    `${meta.site}: ${locale === 'nl' ? 'incidentenregister' : 'incident register'}`,
  ]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(headers[locale]).font = { bold: true };
  for (const i of incidents)
    sheet.addRow([
      i.id,
      i.title ?? sourceWords[locale][i.source],
      sourceWords[locale][i.source],
      statuses[locale][i.status],
      date(i.awareAt),
      date(i.occurredAt),
      i.what ?? '',
      i.classification ? classes[locale][i.classification] : '',
      i.classificationReason ?? '',
      i.reportable === null ? '' : i.reportable ? yes : no,
      date(i.reportBy),
      date(i.reportedAt),
      i.reference ?? '',
      i.delayReason ?? '',
      date(i.closedAt),
    ]);
  const widths = [6, 36, 28, 12, 18, 18, 50, 20, 40, 12, 18, 18, 16, 30, 18];
  sheet.columns.forEach((c, n) => {
    c.width = widths[n] ?? 16;
    if ([4, 5, 10, 11, 14].includes(n)) c.numFmt = 'yyyy-mm-dd hh:mm';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
