/**
 * Writes a table as the building's systems write files (shared/notes/export-family.md, "Files"):
 * UTF-8 with or without BOM, Windows-1252 (names the code page cannot hold become "?"),
 * UTF-16LE with BOM and tabs (Excel's "Unicode text"); any delimiter; everything quoted or only
 * what must be; CRLF or LF; title lines before the header and a summary after the data. Or an
 * XLSX workbook with real date cells, numbers stored as numbers and more than one sheet.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';

export interface CsvTraits {
  container: 'csv';
  encoding: Encoding;
  delimiter: ',' | ';' | '\t';
  quoteAll: boolean;
  newline: '\r\n' | '\n';
  titleLines: number;
  summary: boolean;
}
export interface XlsxTraits {
  container: 'xlsx';
  /** A cover sheet of notes before the data, as some systems write. */
  coverSheet: boolean;
}
export type FileTraits = CsvTraits | XlsxTraits;

/** A cell: text as text; a number or a date only where the system would store one. */
export type Cell = string | number | { date: Date } | null;

export interface Sheet {
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** Windows-1252 for the bytes 0x80–0x9F; the rest of Latin-1 is itself. */
const cp1252 = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((c, i) => [c, 0x80 + i]),
);

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.from(`\ufeff${text}`, 'utf8');
  if (encoding === 'utf-16le') return Buffer.from(`\ufeff${text}`, 'utf16le');
  const bytes = Buffer.alloc(text.length);
  let n = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const special = cp1252.get(c);
    bytes[n++] =
      special ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : '?'.charCodeAt(0));
  }
  return bytes.subarray(0, n);
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A date cell in a CSV: the wall time it stands for, ISO-like. */
const dateText = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return dateText(cell.date);
  return String(cell);
}

function csvText(sheet: Sheet, t: CsvTraits): string {
  const quote = (text: string) =>
    t.quoteAll || text.includes(t.delimiter) || /["\r\n]/.test(text)
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  const line = (cells: string[]) => cells.map(quote).join(t.delimiter);
  const title = ['Export', 'Access control', 'Created 2025-11-03 07:15', ''].slice(0, t.titleLines);
  const lines = [
    ...title.map((l) => (l ? line([l, '']) : '')),
    line(sheet.headers),
    ...sheet.rows.map((r) => line(r.map(cellText))),
    ...(t.summary ? ['', line([`Total: ${sheet.rows.length} rows`])] : []),
  ];
  return lines.join(t.newline) + t.newline;
}

/** Writes the sheets: a CSV holds the first; a workbook holds them all. */
export async function writeFamilyFile(file: string, sheets: Sheet[], t: FileTraits) {
  if (t.container === 'csv') {
    fs.writeFileSync(file, encode(csvText(sheets[0]!, t), t.encoding));
    return;
  }
  const book = new ExcelJS.Workbook();
  if (t.coverSheet) {
    const cover = book.addWorksheet('Info');
    cover.addRow(['This workbook was exported from the access-control system.']);
  }
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    ws.addRow(sheet.headers);
    for (const row of sheet.rows) {
      ws.addRow(row.map((c) => (c !== null && typeof c === 'object' ? c.date : c)));
    }
  }
  await book.xlsx.writeFile(file);
}
