import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { reportPdf, reportXlsx } from './report';
import type { BuildingRequest } from './requests';

const meta = {
  site: 'Verdieping 4',
  asOf: '2025-11-03T06:15:00.000Z',
  createdAt: '2025-11-03T08:00:00.000Z',
};
const rows: BuildingRequest[] = [
  {
    request: 'Blokkeer deze kaart: hij is als verloren gemeld en wordt nog gebruikt.',
    cardNumber: '1919763576',
    employeeId: 'E1005',
    doors: ['Hoofdingang BG'],
    levels: null,
    since: '2025-10-15',
    until: '2025-10-20',
    events: 3,
  },
  // What a hostile export could put in a door name: it must stay text in the spreadsheet.
  {
    request: 'Inspecteer deze deur',
    cardNumber: '',
    employeeId: '',
    doors: ['=HYPERLINK("http://x","klik")'],
    levels: null,
    since: '2025-10-26',
    until: '2025-10-26',
    events: 1,
  },
  {
    request: '@SUM(1+1)',
    cardNumber: '+31 6 1234',
    employeeId: '-2',
    doors: ['Liftlobby'],
    levels: { now: ['+Niveau'], remove: ['+Niveau'], add: ['@Niveau'], uncovered: [] },
    since: null,
    until: null,
    events: 0,
  },
];

describe('the report for the building manager', () => {
  const dir = useTempDir();

  it('reads back from the PDF as text', async () => {
    const file = path.join(dir(), 'report.pdf');
    fs.writeFileSync(file, await reportPdf(rows, meta, 'nl'));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Verdieping 4: Verzoeken aan de gebouwbeheerder');
    expect(text).toContain('per 2025-11-03');
    expect(text).toMatch(/1\. Blokkeer deze kaart: hij is als verloren gemeld/);
    expect(text).toMatch(/Kaartnummer: 1919763576\s+Personeelsnr\.: E1005/);
  });

  it('keeps what an export wrote as text, verbatim, and never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(rows, meta, 'en')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Request',
      'Card number',
      'Employee no.',
      'Doors',
      'Access levels now',
      'Remove',
      'Add',
      'First',
      'Last',
      'Events',
    ]);
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const allowed = [ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.Date];
    for (const cell of cells) expect(allowed).toContain(cell.type);
    const values = cells.map((c) => c.value);
    expect(values).toContain('=HYPERLINK("http://x","klik")');
    expect(values).toContain('@SUM(1+1)');
    expect(values).toContain('+31 6 1234');
    expect(values).toContain('-2');
    expect(values).toContain('+Niveau');
    expect(values.some((v) => typeof v === 'string' && v.startsWith("'"))).toBe(false);
  });
});
