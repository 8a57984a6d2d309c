/**
 * One sniffed CSV (a text export, or one sheet of a workbook) read by column role: the cells of
 * a role, the card slots of a row, and whole passes over the rows after the header.
 */
import { dateOrderEvidence, parseDate } from '../tables/dates';
import type { BuildingImportOptions } from './building-import';
import type { Role } from './columns';
import { readCsvRows } from '../tables/csv-rows';
import type { SniffedCsv } from './sniff';
import type { ImportPhase } from '../../vocabulary';

const dateRoles: Role[] = [
  'timestamp',
  'timestampUtc',
  'date',
  'validFrom',
  'validTo',
  'blockedSince',
];

export function sheetRows(
  csvFile: string,
  sniffed: SniffedCsv,
  opts: Pick<BuildingImportOptions, 'onProgress' | 'shouldStop'>,
) {
  const { roles, slots } = sniffed.columns;
  const at = (cells: string[], role: Role) => {
    const i = roles[role];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const header = (role: Role) => {
    const i = roles[role];
    return i === undefined ? null : (sniffed.headers[i] ?? null);
  };
  const cardsOf = (cells: string[]): { number: string; status: string }[] =>
    slots.length
      ? slots.map((s) => ({
          number: (cells[s.card] ?? '').trim(),
          status: s.status === null ? '' : (cells[s.status] ?? '').trim(),
        }))
      : [{ number: at(cells, 'cardNumber'), status: at(cells, 'cardStatus') }];
  // The row must reach every column the import reads; past that, cells may be left off.
  const reach = Math.max(...Object.values(roles).map((i) => (i ?? 0) + 1), 0);
  /** The first column the import reads that a short row does not have, or null. */
  const cutShort = (cells: string[]): string | null => {
    if (cells.length >= reach) return null;
    const missing = Object.values(roles)
      .filter((i): i is number => i !== undefined && i >= cells.length)
      .sort((a, b) => a - b)[0];
    return missing === undefined ? null : (sniffed.headers[missing] ?? null);
  };
  const read = (
    onRow: (cells: string[], row: number) => void,
    phase: ImportPhase,
    sampleBytes?: number,
    onBadRow: (row: number, reason: string) => void = () => {},
  ): void => {
    readCsvRows(
      csvFile,
      sniffed.format,
      (cells, row) => {
        if (row > sniffed.headerRow) onRow(cells, row);
      },
      {
        onBadRow,
        onProgress: (bytes, total) => opts.onProgress?.({ phase, bytes, total }),
        ...(opts.shouldStop ? { shouldStop: opts.shouldStop } : {}),
        ...(sampleBytes === undefined ? {} : { sampleBytes }),
      },
    );
  };

  /**
   * Every card number (for the rule) and every date (for the day/month order); with `before`,
   * how many rows are dated before that day (a preview's count of events past retention).
   */
  const scan = (sampleBytes?: number, before?: number) => {
    const evidence = dateOrderEvidence('dmy');
    const numbers = new Map<string, { text: string; facility?: string }>();
    // Rows per date as written: a log has a million rows and a few hundred dates.
    const perDate = new Map<string, number>();
    let rows = 0;
    read(
      (cells) => {
        rows += 1;
        const facility = at(cells, 'facility') || undefined;
        for (const card of cardsOf(cells)) {
          if (card.number)
            numbers.set(`${facility ?? ''}|${card.number}`, {
              text: card.number,
              ...(facility ? { facility } : {}),
            });
        }
        for (const role of dateRoles) evidence.see(at(cells, role));
        if (before !== undefined) {
          const text = at(cells, 'timestampUtc') || at(cells, 'timestamp') || at(cells, 'date');
          const date = text.split(/[ T]/)[0] ?? '';
          perDate.set(date, (perDate.get(date) ?? 0) + 1);
        }
      },
      'scan',
      sampleBytes,
    );
    const order = evidence.order();
    const day = before === undefined ? '' : new Date(before).toISOString().slice(0, 10);
    let datesBefore = 0;
    for (const [text, count] of perDate) {
      const d = parseDate(text, order);
      if (d !== null && d < day) datesBefore += count;
    }
    return { rows, numbers: numbers.values(), order, datesBefore };
  };

  return { at, header, cardsOf, cutShort, read, scan };
}

/** "Total: 3933 events", "Aantal regels: 12", "4014 records": an export's footer line. */
export function isSummaryLine(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return (
    filled.length === 1 &&
    /^(?:(?:total|totaal|aantal|count|sum|records?|rows?|events?|regels?)\b[^\d]*\d[\d.,]*\b.*|\d[\d.,]*\s+(?:rows?|records?|events?|regels?|gebeurtenissen|lines?)\b.*)$/i.test(
      filled[0]!,
    )
  );
}
