import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { checkWorkbookSize, columnLetters } from './limits';

describe('table limits', () => {
  const dir = useTempDir();

  it('names columns as a spreadsheet does', () => {
    expect([1, 26, 27, 52, 500, 16384].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'SF',
      'XFD',
    ]);
  });

  it('refuses a workbook that unpacks to too much, from its table of contents alone', async () => {
    const file = path.join(dir(), 'big.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    // The same long text many times: it packs small and unpacks large, as a bomb does.
    for (let i = 0; i < 2000; i += 1) sheet.addRow([`${'x'.repeat(500)}${i}`]);
    await workbook.xlsx.writeFile(file);
    await expect(checkWorkbookSize(file)).resolves.toBeUndefined();
    await expect(
      checkWorkbookSize(file, { workbookBytes: 500_000, compressionRatio: 250 }),
    ).rejects.toThrow(/would unpack to \d+ MB/);
    await expect(
      checkWorkbookSize(file, { workbookBytes: 1e9, compressionRatio: 2 }),
    ).rejects.toThrow(/not packed more than 2 times/);
  });

  it('refuses a file that is not a workbook', async () => {
    const file = path.join(dir(), 'x.xlsx');
    (await import('node:fs')).writeFileSync(file, 'PK\x03\x04 not really');
    await expect(checkWorkbookSize(file)).rejects.toThrow(
      /workbook cannot be read: it is not a readable XLSX file/,
    );
  });
});
