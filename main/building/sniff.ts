/**
 * Works out what a building file is from its first bytes: XLSX or text, encoding, line ends,
 * delimiter, the title lines before the header, and the header itself. Every refusal names the
 * row and column at fault.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { looksBinary } from '../tables/decode';
import {
  kindOf,
  mapBuildingColumns,
  roleNames,
  type ColumnMap,
  type FileKind,
  type Role,
} from './columns';
import type { CsvFormat } from '../tables/csv-rows';
import { ImportProblem } from '../tables/problems';
import { cellsFit, sampleRows, withCompanyByContent, withFreeText } from './column-content';

export interface SniffedCsv {
  type: 'csv';
  format: CsvFormat;
  encodingLabel: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  headerRow: number;
  headers: string[];
  columns: ColumnMap;
  /** null: Lobby could not tell; the office manager assigns the columns (the mapping screen). */
  kind: FileKind | null;
}

const sampleBytes = 256 * 1024;
const maxColumns = 500;
const delimiters = [';', ',', '\t', '|'];

export function isXlsx(file: string): boolean {
  const head = readHead(file, 4);
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** `organisations`: the site's organisation names, lower case, to know a company column by. */
export function sniffCsv(file: string, organisations: ReadonlySet<string> = new Set()): SniffedCsv {
  const head = readHead(file, sampleBytes);
  if (head.length === 0) throw new ImportProblem('empty', null, null, 'The file is empty.');
  const { encoding, encodingLabel, skipBytes } = detectEncoding(head);
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && looksBinary(head)) {
    throw new ImportProblem(
      'binary',
      null,
      null,
      'This is not a text (CSV) export or an XLSX workbook.',
    );
  }
  // Decode the sample without its possibly cut-off last line.
  const text = new TextDecoder(encoding).decode(head.subarray(skipBytes));
  const newline: CsvFormat['newline'] = text.includes('\r\n')
    ? '\r\n'
    : text.includes('\n')
      ? '\n'
      : '\r';
  const allLines = text.split(newline);
  if (allLines.length === 1 && head.length === sampleBytes) {
    throw new ImportProblem(
      'row_too_long',
      1,
      null,
      'Row 1 is longer than 256 KB: this is not a line-by-line export.',
    );
  }
  // The sample's last line may be cut off; it is not used to find the header.
  const lines = allLines.slice(0, head.length === sampleBytes ? -1 : undefined).slice(0, 40);

  let best: { delimiter: string; row: number; headers: string[]; columns: ColumnMap } | null = null;
  for (const delimiter of delimiters) {
    lines.forEach((line, i) => {
      const cells = (Papa.parse<string[]>(line, { delimiter }).data[0] ?? []).map((c) => c.trim());
      if (cells.length < 2) return;
      const columns = mapBuildingColumns(cells);
      if (!best || columns.known > best.columns.known)
        best = { delimiter, row: i + 1, headers: cells, columns };
    });
  }
  const known = best as {
    delimiter: string;
    row: number;
    headers: string[];
    columns: ColumnMap;
  } | null;
  // No header Lobby recognises: take the widest of the first rows as the header, and let the
  // office manager say what each column holds.
  const found = known && known.columns.known >= 2 ? known : widestRow(lines);
  if (!found) {
    throw new ImportProblem(
      'no_known_columns',
      null,
      null,
      'No header row was found: the first lines have no columns (for example Datum, Kaartnummer, Event, Card number).',
    );
  }
  if (found.headers.length > maxColumns) {
    throw new ImportProblem(
      'too_many_columns',
      found.row,
      null,
      `Row ${found.row} has ${found.headers.length} columns; an export has at most ${maxColumns}.`,
    );
  }
  const seen = new Map<string, number>();
  found.headers.forEach((h, i) => {
    const key = h.toLowerCase();
    if (key && seen.has(key)) {
      throw new ImportProblem(
        'duplicate_header',
        found.row,
        h,
        `Row ${found.row}: the column "${h}" appears twice (columns ${seen.get(key)! + 1} and ${i + 1}).`,
      );
    }
    seen.set(key, i);
  });
  // The header found, the first rows' cells settle what the header names alone cannot.
  const sample = sampleRows(allLines, found.row, found.delimiter);
  const named = mapBuildingColumns(found.headers, cellsFit(sample));
  const columns = withCompanyByContent(
    withFreeText(named, sample),
    found.headers,
    sample,
    organisations,
  );
  return {
    type: 'csv',
    format: { encoding, skipBytes, delimiter: found.delimiter, newline },
    encodingLabel,
    headerRow: found.row,
    headers: found.headers,
    columns,
    kind: kindOf(columns),
  };
}

function detectEncoding(head: Buffer): {
  encoding: CsvFormat['encoding'];
  encodingLabel: SniffedCsv['encodingLabel'];
  skipBytes: number;
} {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', encodingLabel: 'utf-8-bom', skipBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', encodingLabel: 'utf-16le', skipBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', encodingLabel: 'utf-16be', skipBytes: 2 };
  // A multi-byte character may be cut at the end of the sample; do not hold that against UTF-8.
  const body = head.length === sampleBytes ? head.subarray(0, head.length - 4) : head;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { encoding: 'utf-8', encodingLabel: 'utf-8', skipBytes: 0 };
  } catch {
    return { encoding: 'windows-1252', encodingLabel: 'windows-1252', skipBytes: 0 };
  }
}

/**
 * A header Lobby does not recognise still looks like one: two or more named cells, and the rows
 * after it split into as many cells. The widest such line under any delimiter is taken.
 */
function widestRow(lines: string[]) {
  type Row = { delimiter: string; row: number; headers: string[]; columns: ColumnMap };
  let widest: Row | null = null;
  for (const delimiter of delimiters) {
    const split = lines.map((line) =>
      (Papa.parse<string[]>(line, { delimiter }).data[0] ?? []).map((c) => c.trim()),
    );
    split.forEach((cells, i) => {
      if (cells.length < 2 || cells.some((c) => c === '')) return;
      const following = split.slice(i + 1, i + 6).filter((next) => next.length > 0);
      const table = following.length > 0 && following.every((next) => next.length === cells.length);
      if (table && (!widest || cells.length > widest.headers.length))
        widest = { delimiter, row: i + 1, headers: cells, columns: mapBuildingColumns(cells) };
    });
  }
  return widest as Row | null;
}

/** What a door-event log or a cardholder list needs, for the message when the roles are not there. */
export const neededRoles =
  'a door-event log needs a date (and time), an event and a door; a cardholder list a card number and a name, employee number or access level';

/** The office manager's corrections to the column mapping, applied over what was detected. */
export function withCorrections(
  sniffed: SniffedCsv,
  corrections: Record<string, string> | undefined,
): SniffedCsv {
  if (!corrections || Object.keys(corrections).length === 0) return sniffed;
  const roles: Partial<Record<Role, number>> = {};
  const report: Record<string, string> = {};
  sniffed.headers.forEach((header, i) => {
    const detected = sniffed.columns.report[header];
    const role = corrections[header] ?? detected ?? 'ignored';
    if (
      corrections[header] !== undefined &&
      role !== 'ignored' &&
      !roleNames.includes(role as Role)
    ) {
      throw new ImportProblem(
        'unknown_kind',
        sniffed.headerRow,
        header,
        `"${role}" is not a column role.`,
      );
    }
    report[header] = role;
    if (role !== 'ignored' && !role.startsWith('card') && roles[role as Role] === undefined)
      roles[role as Role] = i;
    if (role.startsWith('cardNumber (slot') || role.startsWith('cardStatus (slot')) return;
    if (role === 'cardNumber' || role === 'cardStatus') roles[role] = i;
  });
  const columns = { ...sniffed.columns, roles, report };
  return { ...sniffed, columns, kind: kindOf(columns) };
}
