/**
 * Imports one of the building manager's exports (door events or cardholders), any vendor:
 * sniff the format, scan once for card numbers and the date order, then write every row in one
 * synchronous transaction, so a failure or a cancel leaves the database as it was. Runs the
 * same in a worker thread (the kiosk) or straight from the command line.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { IANAZone } from 'luxon';
import type { Db } from '../../db/open';
import type { Rejection } from '../imports/summary';
import {
  cardNumberFor,
  detectCardRule,
  indexTags,
  normaliseCard,
  type CardRule,
  type RuleScore,
} from './card-rules';
import { kindOf, roleNames, type Role } from './columns';
import { readCsvRows } from './csv-rows';
import { normaliseText, outcomeClassifier, type Outcome, type OutcomeRule } from './event-outcomes';
import { ImportProblem } from './problems';
import { textRules } from './text-rules';
import { accessLevels, cardholderStatus, doorResolver, nameParts } from './records';
import { isXlsx, sniffCsv, type SniffedCsv } from './sniff';
import { joinDateTime, localClock, parseWallTime, type WallTime } from './timestamps';
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
const minYear = 1970;
const maxYear = 2100;

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
  const remembered = db
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    .get(`building.cardRule.${source}`);
  const rule: CardRule | null =
    opts.cardRule ??
    (remembered ? (JSON.parse(remembered.value) as CardRule) : null) ??
    detection.rule;
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
      if (opts.cardRule) {
        db.prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        ).run(`building.cardRule.${source}`, JSON.stringify(opts.cardRule));
      }
      const onRow = sniffed.kind === 'events' ? eventWriter() : cardholderWriter();
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

      function eventWriter() {
        const classify = outcomeClassifier(
          textRules(db)
            .list()
            .map((r): OutcomeRule => ({ all: r.words, outcome: r.outcome })),
        );
        const doorNames = db
          .prepare<[], { doorId: string; name: string; direction: 'in' | 'out' | 'both' }>(
            'SELECT n.door_id AS doorId, n.name, d.direction FROM door_names n JOIN doors d ON d.id = n.door_id',
          )
          .all();
        const doorOf = doorResolver(doorNames);
        const insert = db.prepare(
          `INSERT INTO access_events (occurred_at, local_time, outcome, event_text, door_id, door_name, reader_name,
           direction, card_number, card_uid, card_match, holder_name, employee_id, company, import_id, dedup_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (occurred_at, dedup_key) DO NOTHING`,
        );
        const outcomes: Partial<Record<Outcome, number>> = {};
        summary.outcomes = outcomes;
        const timeColumn = header('timestampUtc') ?? header('timestamp') ?? header('date');
        const dates = new Map<string, WallTime | null>();
        const doors = new Map<string, string | null>();

        return (cells: string[], row: number) => {
          let wall: WallTime | null;
          if (roles.timestampUtc !== undefined) {
            const t = parseWallTime(at(cells, 'timestampUtc'), order);
            wall = t && { ...t, utc: true };
          } else if (roles.timestamp !== undefined)
            wall = parseWallTime(at(cells, 'timestamp'), order);
          else {
            // A log has a few hundred distinct dates and a million rows: parse each date once.
            const dateText = at(cells, 'date');
            let date = dates.get(dateText);
            if (date === undefined) dates.set(dateText, (date = parseWallTime(dateText, order)));
            wall = joinDateTime(date, at(cells, 'time') || '00:00');
          }
          if (!wall)
            return reject(
              row,
              timeColumn,
              `"${[at(cells, 'timestampUtc') || at(cells, 'timestamp') || at(cells, 'date'), at(cells, 'time')].filter(Boolean).join(' ')}" is not a date and time`,
            );
          if (!inRange(wall))
            return reject(row, timeColumn, `the year ${wall.y} is outside ${minYear}–${maxYear}`);
          const resolved = clock(wall);
          if ('problem' in resolved) return reject(row, timeColumn, resolved.problem);
          const what = at(cells, 'eventText');
          const detail = at(cells, 'eventDetail');
          const text = detail ? (what ? `${what} — ${detail}` : detail) : what;
          if (!text) return reject(row, header('eventText'), 'no event text');
          const outcome = classify(text);
          if (outcome) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          else unknown.set(text, (unknown.get(text) ?? 0) + 1);
          const doorName = at(cells, 'door') || at(cells, 'reader');
          const reader = at(cells, 'reader') || null;
          const direction = at(cells, 'direction') || null;
          const doorKey = `${reader}\u0000${at(cells, 'door')}\u0000${direction}`;
          let doorId = doors.get(doorKey);
          if (doorId === undefined) {
            doors.set(doorKey, (doorId = doorOf(reader ?? '', at(cells, 'door'), direction ?? '')));
          }
          const cardText = at(cells, 'cardNumber');
          const card = matchCard(cardText, at(cells, 'facility'));
          const holder =
            at(cells, 'fullName') ||
            [at(cells, 'firstName'), at(cells, 'namePrefix'), at(cells, 'lastName')]
              .filter(Boolean)
              .join(' ') ||
            null;
          // The number as printed (not as matched), so importing again with another card rule still
          // recognises the same event.
          const printed = /^\d+$/.test(cardText)
            ? cardText.replace(/^0+(?=\d)/, '')
            : cardText.replace(/[\s:-]/g, '').toUpperCase();
          const key = `${(doorId ?? doorName).toLowerCase()}|${at(cells, 'facility')}:${printed}|${outcome ?? normaliseText(text).trim()}`;
          const changes = insert.run(
            resolved.utcMs,
            localText(resolved.utcMs),
            outcome,
            text,
            doorId,
            doorName,
            reader,
            direction,
            cardText || null,
            card.uid,
            card.match,
            holder,
            at(cells, 'employeeId') || null,
            at(cells, 'company') || at(cells, 'department') || null,
            importId,
            key,
          ).changes;
          if (changes) summary.imported += 1;
          else summary.duplicates += 1;
        };
      }

      function cardholderWriter() {
        const insert = db.prepare(
          `INSERT INTO building_cardholders (import_id, row_number, user_id, employee_id, full_name, first_name,
           name_prefix, last_name, company, department, card_number, card_uid, card_match, card_type, status,
           status_text, blocked_since, valid_from, valid_to, access_levels, note, dedup_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (dedup_key) DO NOTHING`,
        );
        const blockedClock = localClock(opts.timezone);
        return (cells: string[], row: number) => {
          const dates: Record<'validFrom' | 'validTo', string | null> = {
            validFrom: null,
            validTo: null,
          };
          for (const role of ['validFrom', 'validTo'] as const) {
            const text = at(cells, role);
            if (!text) continue;
            const t = parseWallTime(text, order);
            if (!t) return reject(row, header(role), `"${text}" is not a date`);
            if (!inRange(t))
              return reject(row, header(role), `the year ${t.y} is outside ${minYear}–${maxYear}`);
            dates[role] = `${t.y}-${String(t.mo).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;
          }
          let blockedSince: string | null = null;
          const blockedText = at(cells, 'blockedSince');
          if (blockedText) {
            const t = parseWallTime(blockedText, order);
            const r = t && inRange(t) ? blockedClock(t) : null;
            if (!r || 'problem' in r)
              return reject(row, header('blockedSince'), `"${blockedText}" is not a date and time`);
            blockedSince = new Date(r.utcMs).toISOString();
          }
          const who = nameParts(
            at(cells, 'fullName'),
            at(cells, 'firstName'),
            at(cells, 'namePrefix'),
            at(cells, 'lastName'),
          );
          const levels = JSON.stringify(
            accessLevels(at(cells, 'accessLevels'), sniffed.format.delimiter),
          );
          const cards = cardsOf(cells).filter((c, i) => c.number || i === 0);
          let added = 0;
          for (const card of cards) {
            const matched = matchCard(card.number, at(cells, 'facility'));
            // A sheet of cancelled keys says so in its name rather than in a status column.
            const status = cardholderStatus(
              card.status || at(cells, 'cardStatus') || sheetStatus,
              at(cells, 'blocked'),
            );
            const record = [
              at(cells, 'userId') || null,
              at(cells, 'employeeId') || null,
              who.full,
              who.first,
              who.prefix,
              who.last,
              at(cells, 'company') || null,
              at(cells, 'department') || null,
              card.number || null,
              matched.uid,
              matched.match,
              at(cells, 'cardType') || null,
              status,
              card.status || at(cells, 'cardStatus') || null,
              blockedSince,
              dates.validFrom,
              dates.validTo,
              levels,
              at(cells, 'note') || null,
            ] as const;
            const key = crypto
              .createHash('sha1')
              .update(JSON.stringify([source, ...record]))
              .digest('hex');
            added += insert.run(importId, row, ...record, key).changes;
          }
          if (added) summary.imported += 1;
          else summary.duplicates += 1;
        };
      }
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

/** The office manager's corrections to the column mapping, applied over what was detected. */
function withCorrections(
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
  const kind = kindOf(columns);
  if (!kind) {
    throw new ImportProblem(
      'unknown_kind',
      sniffed.headerRow,
      null,
      'With these corrections the columns are neither a door-event log nor a cardholder list.',
    );
  }
  return { ...sniffed, columns, kind };
}

function sha256(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let read: number;
    while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0)
      hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}
