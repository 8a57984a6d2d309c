/**
 * Imports one of the building manager's exports (door events or cardholders), any vendor:
 * sniff the format, then write every row in one synchronous transaction, so a failure or a
 * cancel leaves the database as it was. Runs the same in a worker thread (the kiosk) or
 * straight from the command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BuildingRepo } from '../../db/repos/building';
import type { DateOrder } from '../tables/dates';
import { cardMatching } from './card-matching';
import type { BuildingImportSummary } from './calls';
import type { BuildingFileKind, CardRule, ImportPhase } from '../../vocabulary';
import { roleNames } from './columns';
import { cardholderWriter } from './cardholder-writer';
import { eventWriter } from './event-writer';
import { ImportProblem } from '../tables/problems';
import type { RowContext } from './row-context';
import { isSummaryLine, sheetRows } from './sheet-rows';
import { isXlsx, neededRoles, sniffCsv, withCorrections, type SniffedCsv } from './sniff';
import { sha256 } from '../tables/file-hash';
import { xlsxToCsv } from '../tables/xlsx-rows';

export interface BuildingImportOptions {
  file: string;
  /** The name to record (the picked file's own name when it came through the screen). */
  fileName?: string;
  actor: string;
  timezone: string;
  /** Override the detected card-number rule for this import (and remember it for the source). */
  cardRule?: CardRule | null;
  /** Which building system the file comes from; card-rule overrides are kept per source. */
  source?: string;
  /** Corrections to the detected mapping: header → role, or "ignored". */
  columns?: Record<string, string>;
  /** Detect and report only (the preview): nothing is written. */
  inspectOnly?: boolean;
  /** Door events before this moment (UTC ms) are past the retention period. */
  eventsKeptFrom?: number;
  /** Leave those out instead of storing them for the next purge. */
  skipExpired?: boolean;
  onProgress?: (progress: { phase: ImportPhase; bytes: number; total: number }) => void;
  shouldStop?: () => boolean;
}

const maxRejectionsListed = 1000;

export async function importBuildingFile(
  repo: BuildingRepo,
  opts: BuildingImportOptions,
): Promise<BuildingImportSummary> {
  if (!fs.existsSync(opts.file))
    throw new ImportProblem('empty', null, null, `There is no file ${opts.file}.`);
  if (fs.statSync(opts.file).size === 0)
    throw new ImportProblem('empty', null, null, 'The file is empty.');
  const source = opts.source ?? 'building';
  // The office manager's mapping for this source, remembered from an earlier import, unless
  // this import brings its own.
  const columns =
    opts.columns && Object.keys(opts.columns).length ? opts.columns : repo.columnsOf(source);
  const organisations = new Set(repo.organisationNames());
  if (!isXlsx(opts.file)) {
    return run(
      repo,
      opts,
      source,
      opts.file,
      withCorrections(sniffCsv(opts.file, organisations), columns),
      undefined,
    );
  }

  // A workbook becomes one private CSV per sheet (streamed, so memory stays flat), before any
  // transaction starts; then every sheet of the file's kind is imported in one transaction.
  const workbook = await xlsxToCsv(opts.file);
  try {
    const sheets = workbook.sheets.flatMap((sheet) => {
      try {
        return [
          { sheet, sniffed: withCorrections(sniffCsv(sheet.csvFile, organisations), columns) },
        ];
      } catch {
        return []; // a sheet of notes or a cover page
      }
    });
    // The first sheet Lobby understands; failing that, the first to map by hand.
    const first = sheets.find((s) => s.sniffed.kind !== null) ?? sheets[0];
    if (!first) {
      throw new ImportProblem(
        'no_known_columns',
        null,
        null,
        'No sheet of the workbook has known column names (for example Kaartnummer, Card number, Event).',
      );
    }
    const ofKind = sheets.filter((s) => s.sniffed.kind === first.sniffed.kind);
    return repo.transaction(() =>
      ofKind
        .map((s) => run(repo, opts, source, s.sheet.csvFile, s.sniffed, s.sheet.name))
        .reduce((all, next) => ({
          ...all,
          rows: all.rows + next.rows,
          imported: all.imported + next.imported,
          duplicates: all.duplicates + next.duplicates,
          rejected: [
            ...all.rejected,
            ...next.rejected.map((r) => ({ ...r, column: `${next.sheet}!${r.column ?? ''}` })),
          ],
          sheet: `${all.sheet}, ${next.sheet}`,
        })),
    );
  } finally {
    workbook.cleanup();
  }
}

function run(
  repo: BuildingRepo,
  opts: BuildingImportOptions,
  source: string,
  csvFile: string,
  sniffed: SniffedCsv,
  sheet: string | undefined,
): BuildingImportSummary {
  const { roles } = sniffed.columns;
  const { at, header, cardsOf, cutShort, read, scan } = sheetRows(csvFile, sniffed, opts);

  const sheetStatus =
    sheet &&
    /cancel|ingetrokken|vervallen|geblokkeerd|blocked|inactie|inactive|revoked/i.test(sheet)
      ? 'Ingetrokken'
      : '';
  const summary: BuildingImportSummary = {
    file: opts.fileName ?? path.basename(opts.file),
    sha256: sha256(opts.file),
    kind: sniffed.kind,
    rows: 0,
    imported: 0,
    duplicates: 0,
    rejected: [],
    encoding: sheet ? 'xlsx' : sniffed.encodingLabel,
    delimiter: sheet ? null : sniffed.format.delimiter,
    headerRow: sniffed.headerRow,
    ...(sheet ? { sheet } : {}),
    columns: sniffed.columns.report,
    cardRule: null,
    cardRuleDetected: null,
    cardMatchRate: 0,
    cardMatches: { distinct: 0, matched: 0, ambiguous: 0, unmatched: 0 },
    cardRuleScores: [],
    cardRuleExample: null,
  };

  if (opts.inspectOnly) {
    const { rows, numbers, datesBefore } = scan(undefined, opts.eventsKeptFrom);
    const { report } = cardMatching(repo, numbers, { source, override: opts.cardRule });
    return {
      ...summary,
      ...report,
      rows,
      ...(sniffed.kind === 'events' && opts.eventsKeptFrom !== undefined
        ? { pastRetention: datesBefore }
        : {}),
      availableRoles: [...roleNames, 'ignored'],
      importedBefore: repo.lastImportOf(summary.sha256),
    };
  }
  const kind = sniffed.kind;
  if (kind === null) {
    throw new ImportProblem(
      'unknown_kind',
      sniffed.headerRow,
      null,
      `Lobby cannot tell which column holds what (${neededRoles}). Assign the columns in the preview, or with --columns "Header=role,…".`,
    );
  }

  // Cardholder lists are short: scan first, then write each row with its tag. A door log is
  // written in one pass (its card numbers are matched once each at the end), assuming the date
  // order its first megabyte shows; if the rest of the column disagrees, it is written again.
  const fileKind: BuildingFileKind = kind;
  const cardholders = fileKind === 'cardholders' ? scan() : null;
  const cards =
    cardholders && cardMatching(repo, cardholders.numbers, { source, override: opts.cardRule });
  let order = cardholders?.order ?? scan(1 << 20).order;

  let rejectedCount = 0;
  const reject = (row: number, column: string | null, reason: string) => {
    rejectedCount += 1;
    if (summary.rejected.length < maxRejectionsListed)
      summary.rejected.push({ row, column, reason });
  };

  // A bigger page cache for the import's duration keeps the transaction's pages in memory
  // instead of spilling them to the WAL early (the default is 2 MB). Restored afterwards.
  repo.withLargeCache(() => {
    for (let redo = writeAll(order); redo; redo = writeAll(order)) {
      order = redo;
      Object.assign(summary, { rows: 0, imported: 0, duplicates: 0, rejected: [] });
      rejectedCount = 0;
    }
  });

  /**
   * Writes every row in one transaction. Returns null when done, or (having rolled back) the
   * date order to write the file with instead.
   */
  function writeAll(assumed: DateOrder): DateOrder | null {
    const wrongOrder = new Error('the date column asks for another day/month order');
    let redo: DateOrder | null = null;
    try {
      repo.transaction(() => {
        const importId = repo.startImport({
          fileName: summary.file,
          sha256: summary.sha256,
          source,
          kind: fileKind,
          at: new Date().toISOString(),
          actor: opts.actor,
        });
        if (opts.cardRule) repo.rememberCardRule(source, opts.cardRule);
        if (opts.columns && Object.keys(opts.columns).length)
          repo.rememberColumns(source, opts.columns);
        const context: RowContext = {
          repo,
          importId,
          source,
          timezone: opts.timezone,
          cardRule: opts.cardRule,
          sniffed,
          order: assumed,
          roles,
          at,
          header,
          cardsOf,
          reject,
          summary,
          sheetStatus,
          eventsKeptFrom: opts.eventsKeptFrom,
          skipExpired: opts.skipExpired === true,
        };
        const writer = cards ? cardholderWriter(context, cards) : eventWriter(context);
        if (cards) Object.assign(summary, cards.report);
        // A short row that reads like a summary ("Total: 3933 events") is held back: after the
        // last row it is the export's own footer, anywhere else a row that ends too soon.
        let footer: { row: number; missing: string; cells: number } | null = null;
        const short = (f: { row: number; missing: string; cells: number }) =>
          reject(f.row, f.missing, `the row ends before this column (${f.cells} fields)`);
        read(
          (cells, row) => {
            if (footer) {
              summary.rows += 1;
              short(footer);
            }
            footer = null;
            const missing = cutShort(cells);
            if (missing !== null && isSummaryLine(cells)) {
              footer = { row, missing, cells: cells.length };
              return;
            }
            summary.rows += 1;
            if (missing === null) writer.write(cells, row);
            else short({ row, missing, cells: cells.length });
          },
          'import',
          undefined,
          (row, reason) => {
            summary.rows += 1;
            reject(row, null, reason);
          },
        );
        const wanted = writer.finish().order;
        if (wanted !== assumed) {
          redo = wanted;
          throw wrongOrder;
        }
        repo.finishImport(importId, { ...summary, rejected: rejectedCount }, summary.cardRule, {
          ...summary,
          rejected: undefined,
        });
      });
    } catch (err) {
      if (err !== wrongOrder) throw err;
    }
    return redo;
  }

  if (rejectedCount > summary.rejected.length) {
    summary.rejected.push({
      row: null,
      column: null,
      reason: `… and ${rejectedCount - summary.rejected.length} more rows refused`,
    });
  }
  return summary;
}

export type { BuildingImportSummary };
