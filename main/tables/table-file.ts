/**
 * Small tabular files (HR staff lists, tag registers, visitor logs) read whole: CSV through
 * papaparse with the delimiter detected, or the first sheet with data of an XLSX through exceljs.
 * The building's large exports have their own streaming reader.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../ipc/errors';
import { decodeText, looksBinary, type TextEncodingName } from './decode';

export interface TableRow {
  /** The row number a spreadsheet would show (1 = the first line of the file). */
  line: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  headerLine: number;
  rows: TableRow[];
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  delimiter: string | null;
}

const maxBytes = 50 * 1024 * 1024;

export async function readTableFile(file: string): Promise<Table> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new AppError('not_found', `There is no file ${file}.`);
  if (stat.size === 0) throw new AppError('invalid_argument', `${path.basename(file)} is empty.`);
  if (stat.size > maxBytes) {
    throw new AppError(
      'invalid_argument',
      `${path.basename(file)} is larger than ${maxBytes >> 20} MB.`,
    );
  }
  const bytes = await fs.readFile(file);
  return isZip(bytes) ? readXlsx(bytes, file) : readCsv(bytes, file);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function readCsv(bytes: Uint8Array, file: string): Table {
  if (looksBinary(bytes)) {
    throw new AppError(
      'invalid_argument',
      `${path.basename(file)} is not a text (CSV) or XLSX file.`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  });
  const records = parsed.data.map((cells, i) => ({
    line: i + 1,
    cells: cells.map((c) => c.trim()),
  }));
  return {
    ...splitHeader(records, file),
    format: 'csv',
    encoding,
    delimiter: parsed.meta.delimiter,
  };
}

async function readXlsx(bytes: Buffer, file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'invalid_argument',
      `${path.basename(file)} is not a readable XLSX workbook (damaged or cut off?).`,
    );
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet)
    throw new AppError('invalid_argument', `${path.basename(file)} has no sheet with data.`);
  const records: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(cellText(row.getCell(c).value));
    records.push({ line, cells });
  });
  return { ...splitHeader(records, file), format: 'xlsx', encoding: null, delimiter: null };
}

/** Excel cell values as the text a person sees; dates as ISO (they are stored as UTC midnight). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}

function splitHeader(records: TableRow[], file: string) {
  const nonEmpty = records.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new AppError('invalid_argument', `${path.basename(file)} has no rows.`);
  return { headers: header.cells, headerLine: header.line, rows };
}
