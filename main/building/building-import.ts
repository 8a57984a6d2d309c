/**
 * Imports one of the building manager's exports (door events or cardholders), any vendor:
 * sniff the format, scan once for card numbers and the date order, then write every row in one
 * synchronous transaction, so a failure or a cancel leaves the database as it was. Runs the
 * same in a worker thread (the kiosk) or straight from the command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { settingsRepo } from '../../db/repos/settings';
import type { Db } from '../../db/open';
import type { Rejection } from '../imports/summary';
import {
  cardNumberFor,
  cardRules,
  detectCardRule,
  indexTags,
  normaliseCard,
  type CardRule,
  type RuleScore,
} from './card-rules';
import { roleNames, type Role } from './columns';
import { readCsvRows } from './csv-rows';
import type { Outcome } from './event-outcomes';
import { cardholderWriter } from './cardholder-writer';
import { eventWriter } from './event-writer';
import { ImportProblem } from './problems';
import { maxYear, minYear, type RowContext } from './row-context';
import { isXlsx, sniffCsv, withCorrections, type SniffedCsv } from './sniff';
import { sha256 } from './file-hash';
import { localClock, type WallTime } from './timestamps';
import { xlsxToCsv } from './xlsx-rows';

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
  onProgress?: (progress: { phase: 'scan' | 'import'; bytes: number; total: number }) => void;
  shouldStop?: () => boolean;
}

export interface BuildingImportSummary {
  file: string;
  sha256: string;
  kind: 'events' | 'cardholders';
  rows: number;
  imported: number;
  duplicates: number;
  rejected: Rejection[];
  encoding: string;
  delimiter: string | null;
  headerRow: number;
  sheet?: string;
  columns: Record<string, string>;
  cardRule: CardRule | null;
  cardRuleDetected: CardRule | null;
  cardMatchRate: number;
  cardMatches: { distinct: number; matched: number; ambiguous: number; unmatched: number };
  cardRuleScores: RuleScore[];
  /** In a preview: the roles a column can be given, for correcting the mapping. */
  availableRoles?: string[];
  outcomes?: Partial<Record<Outcome, number>>;
  unknownEventTexts?: { text: string; count: number }[];
}

const maxRejectionsListed = 1000;

export async function importBuildingFile(
  db: Db,
  opts: BuildingImportOptions,
): Promise<BuildingImportSummary> {
  if (!fs.existsSync(opts.file))
    throw new ImportProblem('empty', null, null, `There is no file ${opts.file}.`);
  if (fs.statSync(opts.file).size === 0)
    throw new ImportProblem('empty', null, null, 'The file is empty.');
  const source = opts.source ?? 'building';
  if (!isXlsx(opts.file)) {
    return run(
      db,
      opts,
      source,
      opts.file,
      withCorrections(sniffCsv(opts.file), opts.columns),
      undefined,
    );
  }

  // A workbook becomes one private CSV per sheet (streamed, so memory stays flat), before any
  // transaction starts; then every sheet of the file's kind is imported in one transaction.
  const workbook = await xlsxToCsv(opts.file);
  try {
    const sheets = workbook.sheets.flatMap((sheet) => {
      try {
        return [{ sheet, sniffed: withCorrections(sniffCsv(sheet.csvFile), opts.columns) }];
      } catch {
        return []; // a sheet of notes or a cover page
      }
    });
    const first = sheets[0];
    if (!first) {
      throw new ImportProblem(
        'no_known_columns',
        null,
        null,
        'No sheet of the workbook has known column names (for example Kaartnummer, Card number, Event).',
      );
    }
    const ofKind = sheets.filter((s) => s.sniffed.kind === first.sniffed.kind);
    return db.transaction(() =>
      ofKind
        .map((s) => run(db, opts, source, s.sheet.csvFile, s.sniffed, s.sheet.name))
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
    )();
  } finally {
    workbook.cleanup();
  }
}

function run(
  db: Db,
  opts: BuildingImportOptions,
  source: string,
  csvFile: string,
  sniffed: SniffedCsv,
  sheet: string | undefined,
): BuildingImportSummary {
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
  const dateRoles: Role[] = [
    'timestamp',
    'timestampUtc',
    'date',
    'validFrom',
    'validTo',
    'blockedSince',
  ];

  // Pass 1: every card number (for the rule) and every date (for day/month order).
  let dmy = false;
  let mdy = false;
  let scanned = 0;
  const numbers = new Map<string, { text: string; facility?: string }>();
  readCsvRows(
    csvFile,
    sniffed.format,
    (cells, row) => {
      if (row <= sniffed.headerRow) return;
      scanned += 1;
      const facility = at(cells, 'facility') || undefined;
      for (const card of cardsOf(cells)) {
        if (card.number)
          numbers.set(`${facility ?? ''}|${card.number}`, {
            text: card.number,
            ...(facility ? { facility } : {}),
          });
      }
      for (const role of dateRoles) {
        const m = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}/.exec(at(cells, role));
        if (m) {
          if (Number(m[1]) > 12) dmy = true;
          if (Number(m[2]) > 12) mdy = true;
        }
      }
    },
    {
      onProgress: (bytes, total) => opts.onProgress?.({ phase: 'scan', bytes, total }),
      ...(opts.shouldStop ? { shouldStop: opts.shouldStop } : {}),
    },
  );
  const order = mdy && !dmy ? 'mdy' : 'dmy';

  const uids = db
    .prepare<[], { uid: string }>('SELECT uid FROM tags')
    .all()
    .map((r) => r.uid);
  const index = indexTags(uids);
  const detection = detectCardRule(numbers.values(), index);
  const settings = settingsRepo(db);
  const ruleKey = `building.cardRule.${source}`;
  const rule: CardRule | null =
    opts.cardRule ?? settings.get(ruleKey, z.enum(cardRules).nullable(), null) ?? detection.rule;
  const score = detection.scores.find((s) => s.rule === rule) ?? { matched: 0, ambiguous: 0 };
  const distinct = detection.distinct;

  // Exports repeat the same few thousand card numbers; work each out once.
  const matches = new Map<
    string,
    { key: string | null; uid: string | null; match: 'exact' | 'candidate' | 'ambiguous' | null }
  >();
  const matchCard = (text: string, facility: string) => {
    const memo = `${facility}|${text}`;
    let found = matches.get(memo);
    if (!found) {
      const key = rule && text ? normaliseCard(text, rule, facility || undefined) : null;
      const hits = key === null || rule === null ? [] : index.lookup(rule, key);
      const uid = hits.length === 1 ? hits[0]! : null;
      const match = uid
        ? cardNumberFor(uid, rule!).truncated
          ? 'candidate'
          : 'exact'
        : hits.length > 1
          ? 'ambiguous'
          : null;
      found = { key, uid, match };
      matches.set(memo, found);
    }
    return found;
  };

  const zone = IANAZone.create(opts.timezone);
  const clock = localClock(opts.timezone);
  const offsetCache = new Map<number, number>();
  const localText = (utcMs: number) => {
    const hour = Math.floor(utcMs / 3_600_000);
    let offset = offsetCache.get(hour);
    if (offset === undefined) offsetCache.set(hour, (offset = zone.offset(utcMs)));
    return new Date(utcMs + offset * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  };

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
    cardRule: rule,
    cardRuleDetected: detection.rule,
    cardMatchRate: distinct ? Math.round((score.matched / distinct) * 1000) / 1000 : 0,
    cardMatches: {
      distinct,
      matched: score.matched,
      ambiguous: score.ambiguous,
      unmatched: distinct - score.matched - score.ambiguous,
    },
    cardRuleScores: detection.scores,
  };
  let rejectedCount = 0;
  const reject = (row: number, column: string | null, reason: string) => {
    rejectedCount += 1;
    if (summary.rejected.length < maxRejectionsListed)
      summary.rejected.push({ row, column, reason });
  };
  const inRange = (t: WallTime) => t.y >= minYear && t.y <= maxYear;
  const unknown = new Map<string, number>();

  if (opts.inspectOnly)
    return { ...summary, rows: scanned, availableRoles: [...roleNames, 'ignored'] };

  // A large import rebuilds index pages constantly; a bigger page cache for its duration keeps
  // them in memory (the default is 2 MB). Restored afterwards.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -65536');
  try {
    writeAll();
  } finally {
    db.pragma(`cache_size = ${Math.trunc(cacheSize)}`);
  }

  function writeAll() {
    db.transaction(() => {
      const importId = Number(
        db
          .prepare(
            `INSERT INTO building_imports (file_name, sha256, source, kind, detected, imported_at, imported_by)
           VALUES (?, ?, ?, ?, '{}', ?, ?)`,
          )
          .run(
            summary.file,
            summary.sha256,
            source,
            sniffed.kind,
            new Date().toISOString(),
            opts.actor,
          ).lastInsertRowid,
      );
      if (opts.cardRule) settings.set(ruleKey, opts.cardRule);
      const context: RowContext = {
        db,
        importId,
        source,
        timezone: opts.timezone,
        sniffed,
        order,
        roles,
        at,
        header,
        cardsOf,
        matchCard,
        reject,
        inRange,
        summary,
        unknown,
        clock,
        localText,
        sheetStatus,
      };
      const onRow = sniffed.kind === 'events' ? eventWriter(context) : cardholderWriter(context);
      readCsvRows(
        csvFile,
        sniffed.format,
        (cells, row) => {
          if (row <= sniffed.headerRow) return;
          summary.rows += 1;
          onRow(cells, row);
        },
        {
          onProgress: (bytes, total) => opts.onProgress?.({ phase: 'import', bytes, total }),
          ...(opts.shouldStop ? { shouldStop: opts.shouldStop } : {}),
        },
      );
      db.prepare(
        'UPDATE building_imports SET rows = ?, imported = ?, duplicates = ?, rejected = ?, detected = ? WHERE id = ?',
      ).run(
        summary.rows,
        summary.imported,
        summary.duplicates,
        rejectedCount,
        JSON.stringify({ ...summary, rejected: undefined }),
        importId,
      );
    })();
  }
  if (sniffed.kind === 'events') {
    summary.unknownEventTexts = [...unknown].map(([text, count]) => ({ text, count }));
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
