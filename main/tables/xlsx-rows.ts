/**
 * Workbooks from the building's system, read with exceljs's streaming reader: each worksheet
 * becomes a private temporary CSV (UTF-8, comma, quoted), so the same synchronous row reader can
 * import it inside one transaction. Dates in cells come out as ISO text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { cellText, workbookReader } from './xlsx-cells';
import { checkWorkbookSize, tableLimits, tooManyColumns } from './limits';
import { ImportProblem } from './problems';

export interface SheetCsv {
  name: string;
  csvFile: string;
}

export async function xlsxToCsv(
  file: string,
): Promise<{ sheets: SheetCsv[]; cleanup: () => void }> {
  await checkWorkbookSize(file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-xlsx-'));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  const sheets: SheetCsv[] = [];
  try {
    const reader = workbookReader(file);
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & {
        name?: string;
        id?: number;
      };
      const name = ws.name ?? `Sheet${sheets.length + 1}`;
      const csvFile = path.join(dir, `${sheets.length + 1}.csv`);
      const out = fs.openSync(csvFile, 'w', 0o600);
      let written = 0;
      // A sheet leaves a row's empty cells at the end out; its text keeps them, as a CSV would.
      let width = 0;
      try {
        for await (const row of ws) {
          // Blank lines for skipped empty rows keep row numbers those of the sheet.
          if (row.number - written > 1) fs.writeSync(out, '\n'.repeat(row.number - written - 1));
          written = row.number;
          const values = Array.isArray(row.values) ? row.values.slice(1) : [];
          if (values.length > tableLimits.columns) throw tooManyColumns(row.number, values.length);
          const cells = values.map((v) => cellText(v as ExcelJS.CellValue));
          width = Math.max(width, cells.length);
          while (cells.length < width) cells.push('');
          fs.writeSync(out, `${Papa.unparse([cells], { quotes: true, newline: '\n' })}\n`);
        }
      } finally {
        fs.closeSync(out);
      }
      sheets.push({ name, csvFile });
    }
  } catch (err) {
    cleanup();
    if (err instanceof ImportProblem) throw err;
    throw new ImportProblem(
      'xlsx',
      null,
      null,
      `The workbook cannot be read (damaged or cut off?): ${(err as Error).message}`,
    );
  }
  return { sheets, cleanup };
}
