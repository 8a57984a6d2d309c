/**
 * Small tabular files (HR staff lists, tag registers, visitor logs): CSV through papaparse with
 * the delimiter detected, or the first sheet with data of an XLSX through exceljs's streaming
 * reader, within the limits of limits.ts. The building's large exports have their own reader.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../ipc/errors';
import { decodeText, looksBinary, type TextEncodingName } from './decode';
import { checkWorkbookSize, tableLimits, tooManyColumns } from './limits';
import { describeRejection, ImportProblem, rejectionOf } from './problems';
import { cellText, workbookReader } from './xlsx-cells';

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
  return isZip(bytes) ? readXlsx(file) : readCsv(bytes, file);
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
  if (parsed.data.length > tableLimits.registerRows + 1)
    refuse(file)(tooManyRows(tableLimits.registerRows + 1));
  const wide = parsed.data.findIndex((cells) => cells.length > tableLimits.columns);
  if (wide >= 0) refuse(file)(tooManyColumns(wide + 1, parsed.data[wide]!.length));
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

/**
 * The first sheet with data, read as a stream: a row reaching beyond the column limit, or a
 * sheet longer than a register can be, stops the read at that row.
 */
async function readXlsx(file: string): Promise<Table> {
  await checkWorkbookSize(file).catch(refuse(file));
  const reader = workbookReader(file);
  try {
    for await (const worksheet of reader) {
      const records: TableRow[] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        if (values.length > tableLimits.columns) throw tooManyColumns(row.number, values.length);
        if (records.length >= tableLimits.registerRows) throw tooManyRows(row.number);
        records.push({
          line: row.number,
          cells: values.map((v) => cellText(v as ExcelJS.CellValue)),
        });
      }
      if (records.some((r) => r.cells.some((c) => c !== '')))
        return { ...splitHeader(records, file), format: 'xlsx', encoding: null, delimiter: null };
    }
  } catch (err) {
    if (err instanceof ImportProblem) refuse(file)(err);
    throw new AppError(
      'invalid_argument',
      `${path.basename(file)} is not a readable XLSX workbook (damaged or cut off?).`,
    );
  }
  throw new AppError('invalid_argument', `${path.basename(file)} has no sheet with data.`);
}

const tooManyRows = (row: number) =>
  new ImportProblem(
    'too_many_rows',
    row,
    null,
    `The file goes on past row ${row}; a register has at most ${tableLimits.registerRows} rows.`,
  );

/** A refused file as the invalid_argument the screen shows, naming the row and column. */
const refuse =
  (file: string) =>
  (err: unknown): never => {
    if (!(err instanceof ImportProblem)) throw err;
    throw new AppError(
      'invalid_argument',
      `${path.basename(file)}: ${describeRejection(rejectionOf(err))}`,
    );
  };

function splitHeader(records: TableRow[], file: string) {
  const nonEmpty = records.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new AppError('invalid_argument', `${path.basename(file)} has no rows.`);
  return { headers: header.cells, headerLine: header.line, rows };
}
