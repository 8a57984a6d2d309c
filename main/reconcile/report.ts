/**
 * The report for the building manager, as PDF and as XLSX: what we ask of them, card by card.
 * Every spreadsheet cell goes through safeCell, so nothing in it runs as a formula.
 */
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { Locale } from '../../vocabulary';
import { safeCell } from '../tables/safe-cells';
import type { BuildingRequest } from './requests';

export interface ReportMeta {
  site: string;
  asOf: string;
  createdAt: string;
}

const words: Record<Locale, Record<string, string>> = {
  en: {
    title: 'Requests for the building manager',
    intro:
      'From our check of the access data as of {asOf}. One line per card; card numbers as your system prints them.',
    request: 'Request',
    card: 'Card number',
    employee: 'Employee no.',
    where: 'Where',
    since: 'Since',
    events: 'Events',
    none: 'Nothing to ask this time.',
  },
  nl: {
    title: 'Verzoeken aan de gebouwbeheerder',
    intro:
      'Uit onze controle van de toegangsgegevens per {asOf}. Eén regel per kaart; kaartnummers zoals uw systeem ze toont.',
    request: 'Verzoek',
    card: 'Kaartnummer',
    employee: 'Personeelsnr.',
    where: 'Waar',
    since: 'Sinds',
    events: 'Gebeurtenissen',
    none: 'Deze keer niets te vragen.',
  },
};
const columns = ['request', 'card', 'employee', 'where', 'since', 'events'] as const;
const cells = (r: BuildingRequest) => [
  r.request,
  r.cardNumber,
  r.employeeId,
  r.where,
  r.since,
  String(r.events),
];

export async function reportXlsx(
  rows: BuildingRequest[],
  meta: ReportMeta,
  locale: Locale,
): Promise<Buffer> {
  const w = words[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(meta.createdAt);
  const sheet = workbook.addWorksheet(w.title!.slice(0, 31));
  sheet.addRow([safeCell(`${meta.site}: ${w.title}`)]).font = { bold: true };
  sheet.addRow([safeCell(w.intro!.replace('{asOf}', meta.asOf.slice(0, 10)))]);
  sheet.addRow([]);
  sheet.addRow(columns.map((c) => w[c]!)).font = { bold: true };
  for (const r of rows) sheet.addRow(cells(r).map(safeCell));
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 70 : 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function reportPdf(
  rows: BuildingRequest[],
  meta: ReportMeta,
  locale: Locale,
): Promise<Buffer> {
  const w = words[locale];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: w.title!, CreationDate: new Date(meta.createdAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.fontSize(16).text(`${meta.site}: ${w.title}`);
  doc
    .moveDown(0.5)
    .fontSize(10)
    .text(w.intro!.replace('{asOf}', meta.asOf.slice(0, 10)));
  doc.moveDown();
  if (rows.length === 0) doc.text(w.none!);
  rows.forEach((r, i) => {
    doc.fontSize(11).text(`${i + 1}. ${r.request}`, { continued: false });
    const detail = [
      `${w.card}: ${r.cardNumber}`,
      r.employeeId && `${w.employee}: ${r.employeeId}`,
      r.where && `${w.where}: ${r.where}`,
      r.since && `${w.since}: ${r.since}`,
      r.events > 0 && `${w.events}: ${r.events}`,
    ].filter(Boolean);
    doc
      .fontSize(9)
      .fillColor('#444444')
      .text(detail.join('   '))
      .fillColor('#000000')
      .moveDown(0.6);
  });
  doc.end();
  return done;
}
