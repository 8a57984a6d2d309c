/**
 * Build for the family, not the sample: the vendor-family scenario written in every trait of
 * shared/notes/export-family.md (test/support/export-family.ts) must import to the same door
 * events and cardholder list, and the review must come to the same findings, whatever the style.
 * Every value of every trait is tried once on its own (the sweep), then in random combinations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { reconcileRepo } from '../../db/repos/reconcile';
import { createServices } from '../../main/app/services';
import { importBuildingFile } from '../../main/building/building-import';
import { reconcile } from '../../main/reconcile/reconcile';
import {
  cardCells,
  cardholderSheets,
  cardholderStyles,
  eventSheet,
  eventStyles,
  scenario,
  traits,
  type CardForm,
  type CardholderStyle,
  type EventStyle,
} from '../support/export-family';
import { writeFamilyFile, type FileTraits } from '../support/family-files';
import { readVendorFamily, vendorFamilyDir } from '../support/fixtures';

const timezone = scenario.timezone;
const expected = JSON.parse(readVendorFamily('expected-findings.json')) as {
  asOf: string;
  findings: { id: string; kind: string; employeeId?: string; tagUid?: string }[];
  mustNotReport: { kind?: string; employeeId?: string; tagUid?: string }[];
};
const asOf = new Date(expected.asOf);
let dir = '';
let template = '';
let runs = 0;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-family-'));
  template = path.join(dir, 'template.sqlite');
  const db = openDatabase(template);
  const s = createServices(db);
  await s.imports.site(path.join(vendorFamilyDir, 'site.json'), { actor: 't' });
  await s.imports.staff(path.join(vendorFamilyDir, 'staff.csv'), { actor: 't' });
  await s.imports.tags(path.join(vendorFamilyDir, 'tags.csv'), { actor: 't' });
  await s.imports.visits(path.join(vendorFamilyDir, 'visits.csv'), { actor: 't' });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A kiosk with the scenario's registers, fresh for each variant. */
function kiosk(): Db {
  const file = path.join(dir, `kiosk-${(runs += 1)}.sqlite`);
  fs.copyFileSync(template, file);
  return openDatabase(file);
}

async function importSheets(
  db: Db,
  name: string,
  sheets: ReturnType<typeof cardholderSheets>,
  file: FileTraits,
) {
  const target = path.join(dir, `${name}-${runs}.${file.container}`);
  await writeFamilyFile(target, sheets, file);
  const summary = await importBuildingFile(buildingRepo(db), {
    file: target,
    actor: 't',
    timezone,
  });
  fs.rmSync(target);
  return summary;
}
const importEvents = (db: Db, style: EventStyle) =>
  importSheets(db, 'events', [eventSheet(style)], style.file);
const importCardholders = (db: Db, style: CardholderStyle) =>
  importSheets(db, 'cardholders', cardholderSheets(style), style.file);

const knownUids = new Set(
  readVendorFamily('tags.csv')
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]!.replaceAll(':', ''))
    .filter(Boolean),
);
function byTuple(a: unknown[], b: unknown[]): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}
const referenceEvents = scenario.events
  .map((e) => [Date.parse(e.at), e.door, e.outcome, e.uid && knownUids.has(e.uid) ? e.uid : null])
  .sort(byTuple);
/**
 * The autumn hour that happens twice (02:00–03:00 on 26 October, 00:00–02:00 UTC): a lone local
 * time in it can be either instant, and nothing in the file says which. Compared by wall time.
 */
const [doubtFrom, doubtTo] = [
  Date.parse('2025-10-26T00:00:00Z'),
  Date.parse('2025-10-26T02:00:00Z'),
];
const inDoubt = (e: unknown[], local: boolean) => {
  const at = Number(e[0]);
  if (!local || at < doubtFrom || at >= doubtTo) return e;
  const wall = new Date(at).toISOString().slice(14, 19);
  return [`26 October 02:${wall}`, ...e.slice(1)];
};
const storedEvents = (db: Db) =>
  (
    db
      .prepare('SELECT occurred_at, door_id, outcome, card_uid FROM access_events')
      .raw()
      .all() as unknown[][]
  ).sort(byTuple);

/** The cardholder list as the review reads it: which tag, whose, live on the review's day. */
function storedCardholders(db: Db) {
  const levels = new Set(
    (
      JSON.parse(readVendorFamily('site.json')) as { buildingLevels: { name: string }[] }
    ).buildingLevels.map((l) => l.name),
  );
  const day = expected.asOf.slice(0, 10);
  return reconcileRepo(db)
    .cardholders()
    .map((c) => [
      c.cardUid,
      c.employeeId,
      c.organisation,
      c.status === 'active' && (c.validTo === null || c.validTo >= day),
      c.accessLevels.filter((l) => levels.has(l)),
    ])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** A finding by what it is about; a card number is read back to the scenario's UID. */
function findingKeys(db: Db, forms: CardForm[]) {
  const uidOf = new Map<string, string>();
  const uids = new Set([
    ...scenario.cardholders.map((c) => c.uid),
    ...scenario.events.flatMap((e) => (e.uid ? [e.uid] : [])),
  ]);
  for (const form of forms) {
    for (const uid of uids) {
      const cells = cardCells(uid, form);
      // With a facility column beside it, the card number is the second cell.
      const number = cells.length > 1 ? cells[1]! : cells[0]!;
      uidOf.set(number.replace(/^0+(?=.)/, '').toUpperCase(), uid);
    }
  }
  const site = createServices(db).site.current();
  // A door by the building's own name for it, whichever of its names the export printed.
  const doorOf = new Map(site.doors.flatMap((d) => d.names.map((n) => [n, d.names[0]])));
  return reconcile(reconcileRepo(db), site, { asOf })
    .findings.map((f) =>
      [
        f.kind,
        f.employeeId,
        f.tagUid ??
          (f.cardNumber ? uidOf.get(f.cardNumber.replace(/^0+(?=.)/, '').toUpperCase()) : null),
        f.door && doorOf.get(f.door),
        f.zone,
        f.eventCount,
      ].join('|'),
    )
    .sort();
}

let referenceCardholders: unknown[];
let referenceFindings: string[];

describe('the vendor family', () => {
  beforeAll(async () => {
    // The scenario as the fixture's Nedap AEOS files print it: the reference for the rest.
    const db = kiosk();
    for (const kind of ['cardholders', 'events']) {
      const file = path.join(vendorFamilyDir, 'building', 'nedap_aeos', `${kind}.csv`);
      await importBuildingFile(buildingRepo(db), { file, actor: 't', timezone });
    }
    referenceCardholders = storedCardholders(db);
    referenceFindings = findingKeys(db, ['cascade1']);
    db.close();
  });

  it('has a reference that reports every expected finding and nothing it must not', () => {
    const has = (e: { kind?: string; employeeId?: string; tagUid?: string }) =>
      referenceFindings.some((k) => {
        const [kind, employeeId, tagUid] = k.split('|');
        return (
          (!e.kind || kind === e.kind) &&
          ((e.employeeId !== undefined && employeeId === e.employeeId) ||
            (e.tagUid !== undefined && tagUid === e.tagUid) ||
            (e.employeeId === undefined && e.tagUid === undefined))
        );
      });
    expect(expected.findings.filter((f) => !has(f)).map((f) => f.id)).toEqual([]);
    expect(expected.mustNotReport.filter((m) => (m.employeeId || m.tagUid) && has(m))).toEqual([]);
  });

  const eventsAlike = async (style: EventStyle) => {
    const db = kiosk();
    try {
      const summary = await importEvents(db, style);
      expect({ rejected: summary.rejected, unknown: summary.unknownEventTexts }).toEqual({
        rejected: [],
        unknown: [],
      });
      const local = !['iso-offset', 'iso-z', 'iso-ms-z', 'utc-column'].includes(style.time);
      expect(storedEvents(db).map((e) => inDoubt(e, local))).toEqual(
        referenceEvents.map((e) => inDoubt(e, local)),
      );
    } finally {
      db.close();
    }
  };
  const cardholdersAlike = async (style: CardholderStyle) => {
    const db = kiosk();
    try {
      const summary = await importCardholders(db, style);
      expect(summary.rejected).toEqual([]);
      expect(storedCardholders(db)).toEqual(referenceCardholders);
    } finally {
      db.close();
    }
  };

  /** One variant for each value of each trait, the other traits drawn at random. */
  function sweep<S extends object>(arbitrary: fc.Arbitrary<S>, fixed: (s: S) => S[]): S[] {
    const [base] = fc.sample(arbitrary, { numRuns: 1, seed: 20251103 });
    return fixed(base!);
  }
  /** The style once with each value of one trait. */
  const each = <S extends object, K extends keyof S & keyof typeof traits>(base: S, key: K) =>
    (traits[key] as readonly unknown[]).map((value) => ({ ...base, [key]: value }) as S);

  it('imports the same door events from every value of every trait', async () => {
    const variants = sweep(eventStyles, (base) => [
      ...each(base, 'headers'),
      // A real date cell lives in a workbook.
      ...traits.time.map((time) =>
        time === 'excel-date'
          ? { ...base, time, file: { container: 'xlsx' as const, coverSheet: true } }
          : { ...base, time },
      ),
      ...each(base, 'meaning'),
      ...each(base, 'card'),
      ...each(base, 'name'),
      ...each(base, 'door'),
      ...(['utf-8', 'utf-8-bom', 'windows-1252'] as const).map((encoding) => ({
        ...base,
        file: {
          container: 'csv' as const,
          encoding,
          delimiter: ';' as const,
          quoteAll: false,
          newline: '\r\n' as const,
          titleLines: 3,
          summary: true,
        },
      })),
      {
        ...base,
        file: {
          container: 'csv' as const,
          encoding: 'utf-16le' as const,
          delimiter: '\t' as const,
          quoteAll: true,
          newline: '\r\n' as const,
          titleLines: 0,
          summary: false,
        },
      },
      { ...base, extraColumns: true, order: 7 },
    ]);
    for (const style of variants) {
      await eventsAlike(style).catch((err: Error) => {
        throw new Error(`${JSON.stringify(style)}: ${err.message}`);
      });
    }
  });

  it('imports the same cardholder list from every value of every trait', async () => {
    const variants = sweep(cardholderStyles, (base) => [
      ...each(base, 'headers'),
      ...each(base, 'card'),
      ...each(base, 'name'),
      ...traits.dates.filter((d) => d !== 'excel-date').map((dates) => ({ ...base, dates })),
      ...each(base, 'status'),
      ...each(base, 'levelsCell'),
      {
        ...base,
        dates: 'excel-date' as const,
        blacklistSheet: true,
        file: { container: 'xlsx' as const, coverSheet: true },
      },
      { ...base, extraColumns: true, order: 11 },
    ]);
    for (const style of variants) {
      await cardholdersAlike(style).catch((err: Error) => {
        throw new Error(`${JSON.stringify(style)}: ${err.message}`);
      });
    }
  });

  it('comes to the same findings from any combination of styles', async () => {
    await fc.assert(
      fc.asyncProperty(eventStyles, cardholderStyles, async (events, style) => {
        // One building system prints its cards one way in both of its exports: a card that is
        // not ours can be tied from one export to the other only by how it is printed.
        const cardholders = { ...style, card: events.card };
        const db = kiosk();
        try {
          await importCardholders(db, cardholders);
          await importEvents(db, events);
          expect(findingKeys(db, [events.card])).toEqual(referenceFindings);
        } finally {
          db.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});
