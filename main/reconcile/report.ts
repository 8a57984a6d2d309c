/**
 * The report for the building manager, as PDF and as XLSX: what we ask of them, card by card.
 * Spreadsheet cells are typed (text, date, number): a text cell is never a formula, so a door name
 * such as `=HYPERLINK(…)` from a hostile export stays text without a visible apostrophe.
 */
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { Locale } from '../../vocabulary';
import { fill } from '../documents/pdf';
import type { BuildingRequest } from './requests';

export interface ReportMeta {
  site: string;
  asOf: string;
  createdAt: string;
}

const words: Record<Locale, Record<string, string>> = {
  en: {
    title: 'Requests for the building manager',
    sheet: 'Requests',
    intro:
      'From our check of the access data as of {asOf}. One line per request and card; card numbers, doors and access levels as your system names them.',
    request: 'Request',
    card: 'Card number',
    employee: 'Employee no.',
    doors: 'Doors',
    levelsNow: 'Access levels now',
    remove: 'Remove',
    add: 'Add',
    uncovered: 'No level of yours gives (tell us which to use)',
    since: 'First',
    until: 'Last',
    events: 'Events',
    eventsOne: '1 event, on {since}',
    eventSpan: '{count} events, {since} to {until}',
    none: 'Nothing to ask this time.',
  },
  nl: {
    title: 'Verzoeken aan de gebouwbeheerder',
    sheet: 'Verzoeken',
    intro:
      'Uit onze controle van de toegangsgegevens per {asOf}. Eén regel per verzoek en kaart; kaartnummers, deuren en toegangsniveaus zoals uw systeem ze noemt.',
    request: 'Verzoek',
    card: 'Kaartnummer',
    employee: 'Personeelsnr.',
    doors: 'Deuren',
    levelsNow: 'Toegangsniveaus nu',
    remove: 'Weghalen',
    add: 'Toevoegen',
    uncovered: 'Geen van uw niveaus geeft (laat ons weten welk)',
    since: 'Eerste',
    until: 'Laatste',
    events: 'Gebeurtenissen',
    eventsOne: '1 gebeurtenis, op {since}',
    eventSpan: '{count} gebeurtenissen, {since} tot {until}',
    none: 'Deze keer niets te vragen.',
  },
};
const columns = [
  'request',
  'card',
  'employee',
  'doors',
  'levelsNow',
  'remove',
  'add',
  'since',
  'until',
  'events',
] as const;
const list = (items: string[] | undefined) => (items ?? []).join(', ');
const day = (date: string | null) => (date ? new Date(`${date}T00:00:00Z`) : null);
/** Typed cells: text stays text (an xlsx string cell is never a formula), dates and counts not. */
const cells = (r: BuildingRequest) => [
  r.request,
  r.cardNumber,
  r.employeeId,
  list(r.doors),
  list(r.levels?.now),
  list(r.levels?.remove),
  list([...(r.levels?.add ?? []), ...(r.levels?.uncovered.length ? ['?'] : [])]),
  day(r.since),
  day(r.until),
  r.events,
];

export async function reportXlsx(
  rows: BuildingRequest[],
  meta: ReportMeta,
  locale: Locale,
): Promise<Buffer> {
  const w = words[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(meta.createdAt);
  const sheet = workbook.addWorksheet(w.sheet!);
  sheet.addRow([`${meta.site}: ${w.title}`]).font = { bold: true };
  sheet.addRow([fill(w.intro!, { asOf: meta.asOf.slice(0, 10) })]);
  sheet.addRow([]);
  sheet.addRow(columns.map((c) => w[c]!)).font = { bold: true };
  for (const r of rows) sheet.addRow(cells(r));
  const widths = [60, 16, 14, 40, 30, 24, 24, 12, 12, 10];
  sheet.columns.forEach((c, i) => {
    c.width = widths[i] ?? 16;
    if (i === 7 || i === 8) c.numFmt = 'yyyy-mm-dd';
  });
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
    .text(fill(w.intro!, { asOf: meta.asOf.slice(0, 10) }));
  doc.moveDown();
  if (rows.length === 0) doc.text(w.none!);
  rows.forEach((r, i) => {
    doc.fontSize(11).text(`${i + 1}. ${r.request}`, { continued: false });
    doc.fontSize(9).fillColor('#444444');
    for (const line of details(r, w)) doc.text(line);
    doc.fillColor('#000000').moveDown(0.6);
  });
  doc.end();
  return done;
}

/** A request's lines under it, each only when it has something to say. */
function details(r: BuildingRequest, w: Record<string, string>): string[] {
  const pairs = (items: [string, string][]) =>
    items
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}: ${v}`)
      .join('   ');
  const l = r.levels;
  return [
    pairs([
      [w.card!, r.cardNumber],
      [w.employee!, r.employeeId],
    ]),
    pairs([[w.doors!, list(r.doors)]]),
    l
      ? pairs([
          [w.levelsNow!, list(l.now) || '–'],
          [w.remove!, list(l.remove)],
          [w.add!, list(l.add)],
          [w.uncovered!, list(l.uncovered)],
        ])
      : '',
    r.events > 0
      ? fill(r.events === 1 ? w.eventsOne! : w.eventSpan!, {
          count: r.events,
          since: r.since!,
          until: r.until!,
        })
      : '',
  ].filter(Boolean);
}
