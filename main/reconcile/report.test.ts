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
    where: '',
    since: '2025-10-15',
    events: 3,
  },
  // What a hostile export could put in a door name: it must stay text in the spreadsheet.
  {
    request: 'Inspecteer deze deur',
    cardNumber: '',
    employeeId: '',
    where: '=HYPERLINK("http://x","klik")',
    since: '2025-10-26',
    events: 1,
  },
  {
    request: '@SUM(1+1)',
    cardNumber: '+31 6 1234',
    employeeId: '-2',
    where: 'Liftlobby',
    since: '',
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

  it('keeps every spreadsheet cell text, never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(rows, meta, 'en')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Request',
      'Card number',
      'Employee no.',
      'Where',
      'Since',
      'Events',
    ]);
    const cellValues: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cellValues.push(cell.value)));
    expect(cellValues.every((v) => typeof v === 'string')).toBe(true);
    expect(cellValues).toContain('\'=HYPERLINK("http://x","klik")');
    expect(cellValues).toContain("'@SUM(1+1)");
    expect(cellValues).toContain("'+31 6 1234");
    expect(cellValues).toContain("'-2");
    expect(cellValues.some((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toBe(false);
  });
});
