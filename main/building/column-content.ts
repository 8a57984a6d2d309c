/**
 * What the first rows' cells say about the columns, where headers alone mislead: a column named
 * like the card number that holds names, and a text column that is a free-text message (a new
 * sentence on every row, with the holder's name and the door in it) rather than an event type.
 */
import Papa from 'papaparse';
import type { ColumnMap, Role } from './columns';

/** The data rows after the header row in a decoded sample (the last, perhaps cut-off line left out). */
export function sampleRows(
  lines: string[],
  headerRow: number,
  delimiter: string,
  max = 500,
): string[][] {
  const text = lines.slice(headerRow, headerRow + max).join('\n');
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data.map((row) =>
    row.map((c) => c.trim()),
  );
}

/** A card number as exports print it: decimal, hex with or without separators, "fc:card". */
const cardLike =
  /^(?:[0-9A-Fa-f]{1,40}|\d{1,5}[:/]\d{1,10}|(?:[0-9A-Fa-f]{2}[\s:-]){1,19}[0-9A-Fa-f]{2})$/;

const share = (cells: string[], test: (cell: string) => boolean): number => {
  const filled = cells.filter(Boolean);
  return filled.length === 0 ? 1 : filled.filter(test).length / filled.length;
};

/** Whether a column's sampled cells can hold the role its header names. */
export function cellsFit(sample: string[][]): (role: Role, column: number) => boolean {
  const cellsOf = (column: number) => sample.map((row) => row[column] ?? '');
  return (role, column) => {
    if (role === 'cardNumber') return share(cellsOf(column), (c) => cardLike.test(c)) >= 0.8;
    return true;
  };
}

/**
 * A text column whose cells are messages gets the role `eventMessage` (not stored, never an event
 * text): its cells carry the row's holder name or door in most rows, or nearly every row says
 * something new. With a category column beside it, the category says what happened.
 */
export function withFreeText(columns: ColumnMap, sample: string[][]): ColumnMap {
  const { roles } = columns;
  const textColumn = roles.eventText;
  if (textColumn === undefined || sample.length === 0) return columns;
  const texts = sample.map((row) => row[textColumn] ?? '');
  const namesIn = (row: string[]) =>
    (['fullName', 'lastName', 'door', 'reader'] as const)
      .map((r) => roles[r])
      .filter((i): i is number => i !== undefined)
      .map((i) => (row[i] ?? '').toLowerCase())
      .filter((v) => v.length >= 3);
  const withNames = sample.filter((row) => namesIn(row).length > 0);
  // "Aalbers, Fleur" is named in "Fleur Aalbers granted access …": every word of it is there.
  const names = (text: string, name: string) =>
    name
      .split(/[\s,]+/)
      .filter((w) => w.length >= 3)
      .every((w) => text.includes(w));
  const naming =
    withNames.length > 0 &&
    withNames.filter((row) => {
      const text = (row[textColumn] ?? '').toLowerCase();
      return namesIn(row).some((n) => names(text, n));
    }).length /
      withNames.length >=
      0.5;
  const distinct = new Set(texts.filter(Boolean)).size;
  const everyRowNew = distinct > 40 && distinct / texts.length > 0.25;
  if (!naming && !everyRowNew) return columns;
  const header = Object.entries(columns.report).find(([, role]) => role === 'eventText')?.[0];
  const rest = { ...roles };
  delete rest.eventText;
  return {
    ...columns,
    roles: { ...rest, eventMessage: textColumn },
    report: header === undefined ? columns.report : { ...columns.report, [header]: 'eventMessage' },
  };
}

/**
 * A cardholder list without a column named for the company ("GPF1", "Custom field 3"): the
 * column whose cells are, in most rows, the names of the site's organisations holds it.
 */
export function withCompanyByContent(
  columns: ColumnMap,
  headers: string[],
  sample: string[][],
  organisations: ReadonlySet<string>,
): ColumnMap {
  if (columns.roles.company !== undefined || organisations.size === 0) return columns;
  const column = headers.findIndex(
    (h, i) =>
      columns.report[h] === 'ignored' &&
      share(
        sample.map((row) => row[i] ?? ''),
        (c) => organisations.has(c.toLowerCase()),
      ) >= 0.5 &&
      sample.some((row) => (row[i] ?? '') !== ''),
  );
  if (column < 0) return columns;
  const header = headers[column]!;
  return {
    ...columns,
    roles: { ...columns.roles, company: column },
    report: { ...columns.report, [header]: 'company' },
    known: columns.known + 1,
  };
}
