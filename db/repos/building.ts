/**
 * Every statement the building import and its rules run: the import records, the dictionaries
 * of texts, access points, cards and holders a door log repeats (migration 0070), cardholder
 * rows, card matches and the office manager's event-text rules. Door events themselves are
 * written in batches by building-events.ts.
 */
import { z } from 'zod';
import {
  cardRules,
  type BuildingFileKind,
  type BuildingImportRecord,
  type CardRule,
  type Outcome,
} from '../../vocabulary';
import type { Db } from '../open';
import { eventBatches, minimisationPlan } from './building-events';
import { settingsRepo } from './settings';

export interface DoorNameRow {
  doorId: string;
  name: string;
  direction: 'in' | 'out' | 'both';
}

/** Cardholder columns in insert order, after import_id and row_number and before dedup_key. */
export type CardholderValues = readonly [
  userId: string | null,
  employeeId: string | null,
  fullName: string | null,
  firstName: string | null,
  namePrefix: string | null,
  lastName: string | null,
  company: string | null,
  department: string | null,
  cardNumber: string | null,
  cardUid: string | null,
  cardMatch: string | null,
  cardType: string | null,
  status: string,
  statusText: string | null,
  blockedSince: string | null,
  validFrom: string | null,
  validTo: string | null,
  accessLevels: string,
  note: string | null,
];

const cardRuleKey = (source: string) => `building.cardRule.${source}`;
const columnsKey = (source: string) => `building.columns.${source}`;

export function buildingRepo(db: Db) {
  const settings = settingsRepo(db);
  return {
    /** Runs `fn` with a 16 MB page cache, so a large import keeps its pages out of the WAL. */
    withLargeCache<T>(fn: () => T): T {
      const cacheSize = db.pragma('cache_size', { simple: true }) as number;
      db.pragma('cache_size = -16384');
      try {
        return fn();
      } finally {
        db.pragma(`cache_size = ${Math.trunc(cacheSize)}`);
      }
    },
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),

    startImport(r: {
      fileName: string;
      sha256: string;
      source: string;
      kind: BuildingFileKind;
      at: string;
      actor: string;
    }): number {
      return Number(
        db
          .prepare(
            `INSERT INTO building_imports (file_name, sha256, source, kind, detected, imported_at, imported_by)
             VALUES (?, ?, ?, ?, '{}', ?, ?)`,
          )
          .run(r.fileName, r.sha256, r.source, r.kind, r.at, r.actor).lastInsertRowid,
      );
    },
    finishImport(
      id: number,
      r: { rows: number; imported: number; duplicates: number; rejected: number },
      cardRule: CardRule | null,
      detected: unknown,
    ): void {
      db.prepare(
        'UPDATE building_imports SET rows = ?, imported = ?, duplicates = ?, rejected = ?, card_rule = ?, detected = ? WHERE id = ?',
      ).run(r.rows, r.imported, r.duplicates, r.rejected, cardRule, JSON.stringify(detected), id);
    },
    /** Was a file with exactly these bytes imported before? */
    hasImported: (sha256: string): boolean =>
      db
        .prepare<[string], number>('SELECT 1 FROM building_imports WHERE sha256 = ? LIMIT 1')
        .pluck()
        .get(sha256) !== undefined,
    /** The last import of a file with exactly these bytes, if any: who and when. */
    lastImportOf: (sha256: string): { at: string; by: string } | null =>
      db
        .prepare<[string], { at: string; by: string }>(
          'SELECT imported_at AS at, imported_by AS "by" FROM building_imports WHERE sha256 = ? ORDER BY id DESC LIMIT 1',
        )
        .get(sha256) ?? null,
    listImports: (limit = 50): BuildingImportRecord[] =>
      db
        .prepare<[number], BuildingImportRecord>(
          `SELECT id, file_name AS fileName, kind, rows, imported, duplicates, rejected,
             coalesce(json_extract(detected, '$.minimised'), 0) AS minimised,
             CASE WHEN json_extract(detected, '$.skippedExpired')
               THEN coalesce(json_extract(detected, '$.pastRetention'), 0) ELSE 0 END AS expiredSkipped,
             imported_at AS importedAt, imported_by AS importedBy
           FROM building_imports ORDER BY id DESC LIMIT ?`,
        )
        .all(limit),

    /** The card rule the office manager chose for a source, remembered for its next imports. */
    cardRuleOf: (source: string): CardRule | null =>
      settings.get(cardRuleKey(source), z.enum(cardRules).nullable(), null),
    rememberCardRule: (source: string, rule: CardRule) => settings.set(cardRuleKey(source), rule),
    /** The office manager's column mapping for a source (header → role), remembered. */
    columnsOf: (source: string): Record<string, string> =>
      settings.get(columnsKey(source), z.record(z.string(), z.string()), {}),
    rememberColumns: (source: string, columns: Record<string, string>) =>
      settings.set(columnsKey(source), columns),

    /** Door events of one import, written in batches. */
    eventBatches: (importId: number) => eventBatches(db, importId),
    minimisationPlan: () => minimisationPlan(db),

    tagUids: (): string[] => db.prepare<[], string>('SELECT uid FROM tags').pluck().all(),
    /** The site's organisations by every name it knows them by, lower case. */
    organisationNames: (): string[] =>
      db
        .prepare<[], string>(
          'SELECT lower(name) FROM organisations UNION SELECT lower(alias) FROM organisation_aliases',
        )
        .pluck()
        .all(),
    doorNames: (): DoorNameRow[] =>
      db
        .prepare<[], DoorNameRow>(
          'SELECT n.door_id AS doorId, n.name, d.direction FROM door_names n JOIN doors d ON d.id = n.door_id',
        )
        .all(),

    /** Inserts one card of a cardholder row; returns 0 when the same record was stored before. */
    cardholderInserter(importId: number) {
      const insert = db.prepare(
        `INSERT INTO building_cardholders (import_id, row_number, user_id, employee_id, full_name, first_name,
           name_prefix, last_name, company, department, card_number, card_uid, card_match, card_type, status,
           status_text, blocked_since, valid_from, valid_to, access_levels, note, dedup_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (dedup_key) DO NOTHING`,
      );
      return (row: number, values: CardholderValues, dedupKey: string): number =>
        insert.run(importId, row, ...values, dedupKey).changes;
    },

    /** Statements for the values a door log repeats; each returns the stored row's id. */
    dictionaryStatements() {
      return {
        text: db.prepare<[string, Outcome | null], { id: number; outcome: Outcome | null }>(
          `INSERT INTO building_event_texts (text, outcome) VALUES (?, ?)
           ON CONFLICT (text) DO UPDATE SET outcome = coalesce(excluded.outcome, outcome)
           RETURNING id, outcome`,
        ),
        // The site's doors may have been renamed since the point was first seen: resolve again.
        point: db.prepare<[string, string, string, string | null], { id: number }>(
          `INSERT INTO building_access_points (door_name, reader_name, direction, door_id) VALUES (?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET door_id = excluded.door_id
           RETURNING id`,
        ),
        card: db.prepare<[string, string, string], { id: number }>(
          `INSERT INTO building_cards (facility, printed, card_number) VALUES (?, ?, ?)
           ON CONFLICT DO UPDATE SET facility = excluded.facility
           RETURNING id`,
        ),
        holder: db.prepare<[string, string, string], { id: number }>(
          `INSERT INTO building_holders (name, employee_id, company) VALUES (?, ?, ?)
           ON CONFLICT DO UPDATE SET name = excluded.name
           RETURNING id`,
        ),
        cardMatch: db.prepare<[number, string, string | null, string | null]>(
          `INSERT INTO building_card_matches (card_id, card_rule, card_uid, card_match) VALUES (?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET card_uid = excluded.card_uid, card_match = excluded.card_match`,
        ),
      };
    },

    textRules: (): { words: string; outcome: Outcome }[] =>
      db
        .prepare<[], { words: string; outcome: Outcome }>(
          'SELECT words, outcome FROM event_text_rules ORDER BY id',
        )
        .all(),
    /** Stores a rule and classifies the stored events that wait for it; returns how many. */
    addTextRule(words: string, text: string, outcome: Outcome): number {
      return db.transaction(() => {
        db.prepare<[string, string]>(
          'INSERT INTO event_text_rules (words, outcome) VALUES (?, ?) ON CONFLICT (words) DO UPDATE SET outcome = excluded.outcome',
        ).run(words, outcome);
        const classified = db
          .prepare<[string, string], { id: number }>(
            'UPDATE building_event_texts SET outcome = ? WHERE outcome IS NULL AND text = ? RETURNING id',
          )
          .get(outcome, text);
        if (!classified) return 0;
        return db
          .prepare<[number], number>('SELECT count(*) FROM building_events WHERE text_id = ?')
          .pluck()
          .get(classified.id)!;
      })();
    },
  };
}
export type BuildingRepo = ReturnType<typeof buildingRepo>;
