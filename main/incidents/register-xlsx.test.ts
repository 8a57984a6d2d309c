import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createServices } from '../app/services';
import { registerXlsx } from './register-xlsx';

describe('the incident register as a spreadsheet', () => {
  it('reads back with one row per incident, typed cells, and text that stays text', async () => {
    const s = createServices(openDatabase(':memory:'), {
      now: () => new Date('2026-12-02T09:00:00Z'),
    });
    const { id } = s.incidents.report(
      {
        title: '=HYPERLINK("http://x","klik")',
        what: 'Een formule in de titel, als een grap of een aanval.',
        affected: null,
        occurredAt: null,
        awareAt: null,
      },
      'Karin',
    );
    s.incidents.classify(
      { id, classification: 'data_breach', reason: 'test', reportable: true, breach: null },
      'po',
    );
    const bytes = await registerXlsx(s.incidents.everything('po'), {
      site: 'Verdieping 4',
      locale: 'nl',
      createdAt: new Date(),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Incidenten');
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe(id);
    expect(row.getCell(2).value).toBe('=HYPERLINK("http://x","klik")');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(5).value).toEqual(new Date('2026-12-02T09:00:00Z'));
    expect(row.getCell(8).value).toBe('datalek');
    expect(row.getCell(10).value).toBe('ja');
    expect(row.getCell(11).value).toEqual(new Date('2026-12-05T09:00:00Z'));
    sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
