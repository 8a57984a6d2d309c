import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { withBuildingData } from '../../test/support/building-data';
import { useTempDir } from '../../test/support/temp';
import { reportPdf, reportXlsx } from './report';

// How each fixture vendor prints the leaver E1017's card (expected-findings.json, A01).
const vendors = [
  { vendor: 'nedap_aeos', card: '3251582047', level: /^VN /, door: 'Hoofdingang BG' },
  { vendor: 'paxton_net2', card: '97296577', level: /^Floor 4 /, door: 'Main entrance GF (In)' },
] as const;
const asOf = new Date('2025-11-03T06:15:00Z');

describe.each(vendors)(
  'the building manager’s report from $vendor',
  ({ vendor, card, level, door }) => {
    const dir = useTempDir();
    const report = async (locale: 'nl' | 'en') => {
      const { s } = await withBuildingData(vendor);
      s.findings.run('office manager', { asOf });
      return s.findings.buildingReport('office manager', locale);
    };

    it('names cards, doors and access levels as the building’s export does, one line per card', async () => {
      const { rows } = await report('nl');
      const leaver = rows.filter((r) => r.employeeId === 'E1017');
      // Still active in the export and opening doors after the last day: one request, 11 events.
      expect(leaver).toHaveLength(1);
      expect(leaver[0]).toMatchObject({ cardNumber: card, events: 11, since: '2025-10-14' });
      expect(leaver[0]!.doors).toContain(door);
      // Never one of our hex UIDs where the building prints decimals.
      for (const r of rows) expect(r.cardNumber).not.toMatch(/[A-F]/);
      const levels = rows.flatMap((r) =>
        r.levels ? [...r.levels.now, ...r.levels.remove, ...r.levels.add] : [],
      );
      expect(levels.length).toBeGreaterThan(0);
      for (const l of levels) expect(l).toMatch(level);
      for (const r of rows.filter((row) => row.levels))
        expect(r.levels!.add.length + r.levels!.remove.length).toBeGreaterThan(0);
      const lineKeys = rows.map((r) => `${r.request}|${r.cardNumber}|${r.doors.join()}`);
      expect(new Set(lineKeys).size).toBe(rows.length);
      // A door forced open is about the door: no card line.
      const forced = rows.find((r) => r.request.startsWith('Inspecteer'))!;
      expect(forced).toMatchObject({ cardNumber: '' });
      expect(forced.doors.length).toBeGreaterThan(0);
    });

    it('reads back from the PDF in the building’s words, without our zone codes or empty labels', async () => {
      const { rows, asOf: at, createdAt } = await report('nl');
      const file = path.join(dir(), 'report.pdf');
      fs.writeFileSync(
        file,
        await reportPdf(rows, { site: 'Verdieping 4', asOf: at, createdAt }, 'nl'),
      );
      const text = execFileSync('pdftotext', [file, '-']).toString();
      expect(text).toContain(`Kaartnummer: ${card}`);
      expect(text).toMatch(/Toegangsniveaus nu: /);
      expect(text).toContain('11 gebeurtenissen, 2025-10-14 tot 2025-10-28');
      expect(text).not.toMatch(/F4_|BLDG/);
      expect(text).not.toMatch(/Kaartnummer:\s*(\n|$)/);
      expect(text).not.toMatch(/Gebeurtenissen: 0/);
    });

    it('writes the spreadsheet with dates as dates, counts as numbers and a whole sheet name', async () => {
      const { rows, asOf: at, createdAt } = await report('en');
      const workbook = new ExcelJS.Workbook();
      const bytes = await reportXlsx(rows, { site: 'Floor 4', asOf: at, createdAt }, 'en');
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.name).toBe('Requests');
      const row = [5, 6, 7, 8, 9, 10, 11, 12]
        .map((n) => sheet.getRow(n))
        .find((r) => r.getCell(3).value === 'E1017')!;
      expect(row.getCell(2).value).toBe(card);
      expect(row.getCell(8).value).toEqual(new Date('2025-10-14T00:00:00Z'));
      expect(row.getCell(10).value).toBe(11);
    });
  },
);
