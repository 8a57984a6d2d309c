/**
 * The vendor-family scenario (test/fixtures/vendor-family/scenario.json: one month of door
 * events and one cardholder list, in canonical form) written the way any vendor might: every trait
 * of shared/notes/export-family.md is a field of `EventStyle` / `CardholderStyle`, and
 * `eventStyles` / `cardholderStyles` are fast-check arbitraries over all of them. Whatever the
 * style, an import must come to the same events and the review to the same findings.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { cardNumberFor } from '../../main/building/card-rules';
import type { Outcome } from '../../vocabulary';
import { readVendorFamily } from './fixtures';
import type { Cell, FileTraits, Sheet } from './family-files';
import { headerOf, type HeaderStyle, type Word } from './family-headers';
import { eventTexts, type Meaning } from './family-texts';

export interface ScenarioEvent {
  at: string;
  door: string;
  outcome: Outcome;
  uid: string | null;
  /** "Aalbers, Fleur" */
  name: string | null;
  employeeId: string | null;
  company: string | null;
  department: string | null;
}
export interface ScenarioCardholder {
  uid: string;
  employeeId: string | null;
  lastName: string;
  prefix: string | null;
  firstName: string | null;
  company: string | null;
  department: string | null;
  /** Nedap's words: Actief, Geblokkeerd, Verlopen. */
  status: string;
  blockedSince: string | null;
  validFrom: string | null;
  validTo: string | null;
  level: string;
}

const raw = JSON.parse(readVendorFamily('scenario.json')) as {
  timezone: string;
  eventColumns: (keyof ScenarioEvent)[];
  cardholders: ScenarioCardholder[];
  events: unknown[][];
};
export const scenario = {
  timezone: raw.timezone,
  cardholders: raw.cardholders,
  events: raw.events.map(
    (row) =>
      Object.fromEntries(raw.eventColumns.map((k, i) => [k, row[i]])) as unknown as ScenarioEvent,
  ),
};
const site = JSON.parse(readVendorFamily('site.json')) as {
  doors: { id: string; names: string[]; direction: string }[];
};

// --- the traits -------------------------------------------------------------------------------

/**
 * Every value of every trait, once: the arbitraries draw from these, and the family test's
 * sweep tries each of them on its own.
 */
export const traits = {
  headers: ['ui-en', 'ui-nl', 'db-caps', 'pascal', 'camel', 'snake', 'prefixed'],
  time: [
    'iso-offset',
    'iso-z',
    'iso-ms-z',
    'utc-column',
    'dmy',
    'd-M-yyyy',
    'dmy-slash',
    'us-ampm',
    'date-and-time',
    'excel-date',
  ],
  meaning: ['text-nl', 'text-en', 'reason', 'category', 'message', 'operation'],
  card: [
    'hex',
    'hex-colons',
    'hex-reversed',
    'decimal',
    'decimal-site-code',
    'cascade1',
    'net2',
    'wiegand26',
    'hid34',
  ],
  name: ['last-comma-first', 'first-last', 'full'],
  /**
   * How a row names its door: a name an in and an out reader share beside the reader's name or
   * the direction, or a name of its own.
   */
  door: ['with-reader', 'with-direction', 'own-name'],
  dates: ['dmy', 'iso', 'us', 'excel-date'],
  status: ['nl', 'en', 'barred-flag'],
  levelsCell: ['one', 'with-unknown'],
} as const satisfies { headers: readonly HeaderStyle[]; meaning: readonly Meaning[] } & Record<
  string,
  readonly string[]
>;
export type TimeForm = (typeof traits.time)[number];
export type CardForm = (typeof traits.card)[number];
export type NameForm = (typeof traits.name)[number];
export type DoorForm = (typeof traits.door)[number];

export interface EventStyle {
  headers: HeaderStyle;
  time: TimeForm;
  meaning: Meaning;
  card: CardForm;
  name: NameForm;
  door: DoorForm;
  extraColumns: boolean;
  /** A permutation seed for the column order (0: the vendor's own). */
  order: number;
  file: FileTraits;
}
export interface CardholderStyle {
  headers: HeaderStyle;
  card: CardForm;
  name: NameForm;
  dates: (typeof traits.dates)[number];
  status: (typeof traits.status)[number];
  /** Blocked and lost cards on a sheet of their own ("Cancelled keys"), in a workbook. */
  blacklistSheet: boolean;
  levelsCell: (typeof traits.levelsCell)[number];
  extraColumns: boolean;
  order: number;
  file: FileTraits;
}

const csvTraits = fc.oneof(
  fc.record({
    container: fc.constant('csv' as const),
    encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'windows-1252' as const),
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
    quoteAll: fc.boolean(),
    newline: fc.constantFrom('\r\n' as const, '\n' as const),
    titleLines: fc.integer({ min: 0, max: 4 }),
    summary: fc.boolean(),
  }),
  // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
  fc.record({
    container: fc.constant('csv' as const),
    encoding: fc.constant('utf-16le' as const),
    delimiter: fc.constant('\t' as const),
    quoteAll: fc.boolean(),
    newline: fc.constant('\r\n' as const),
    titleLines: fc.integer({ min: 0, max: 2 }),
    summary: fc.boolean(),
  }),
);
const xlsxTraits = fc.record({ container: fc.constant('xlsx' as const), coverSheet: fc.boolean() });
const of = <T>(values: readonly T[]) => fc.constantFrom(...values);

export const eventStyles: fc.Arbitrary<EventStyle> = fc
  .record({
    headers: of(traits.headers),
    time: of(traits.time),
    meaning: of(traits.meaning),
    card: of(traits.card),
    name: of(traits.name),
    door: of(traits.door),
    extraColumns: fc.boolean(),
    order: fc.integer({ min: 0, max: 1000 }),
    file: fc.oneof(csvTraits, xlsxTraits),
  })
  // Real date cells live in workbooks only.
  .map((s) => (s.time === 'excel-date' && s.file.container !== 'xlsx' ? { ...s, time: 'dmy' } : s));

export const cardholderStyles: fc.Arbitrary<CardholderStyle> = fc
  .record({
    headers: of(traits.headers),
    card: of(traits.card),
    name: of(traits.name),
    dates: of(traits.dates),
    status: of(traits.status),
    blacklistSheet: fc.boolean(),
    levelsCell: of(traits.levelsCell),
    extraColumns: fc.boolean(),
    order: fc.integer({ min: 0, max: 1000 }),
    file: fc.oneof(csvTraits, xlsxTraits),
  })
  .map((s) => ({
    ...s,
    dates: s.dates === 'excel-date' && s.file.container !== 'xlsx' ? ('iso' as const) : s.dates,
    blacklistSheet: s.blacklistSheet && s.file.container === 'xlsx',
  }));

// --- cells ------------------------------------------------------------------------------------

const zone = scenario.timezone;
const pad = (n: number) => String(n).padStart(2, '0');
/** A wall time as a Date whose UTC fields are that wall time (how a workbook stores one). */
const wallDate = (t: DateTime) =>
  new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));

function timeCells(at: string, form: TimeForm): Cell[] {
  const utc = DateTime.fromISO(at, { zone: 'utc' });
  const local = utc.setZone(zone);
  const hms = local.toFormat('HH:mm:ss');
  switch (form) {
    case 'iso-offset':
      return [local.toISO({ suppressMilliseconds: true })];
    case 'iso-z':
      return [utc.toISO({ suppressMilliseconds: true })];
    case 'iso-ms-z':
      return [utc.toISO()];
    case 'utc-column':
      return [utc.toFormat('yyyy-MM-dd HH:mm:ss')];
    case 'dmy':
      return [`${local.toFormat('dd-MM-yyyy')} ${hms}`];
    case 'd-M-yyyy':
      return [local.toFormat('d-M-yyyy H:mm:ss')];
    case 'dmy-slash':
      return [`${local.toFormat('dd/MM/yyyy')} ${hms}`];
    case 'us-ampm':
      return [local.toFormat('M/d/yyyy h:mm:ss a')];
    case 'date-and-time':
      return [local.toFormat('dd-MM-yyyy'), hms];
    case 'excel-date':
      return [{ date: wallDate(local) }];
  }
}

/** The card as each form prints it; [number] or [facility, number(, format)]. */
export function cardCells(uid: string | null, form: CardForm): string[] {
  const width = form === 'wiegand26' || form === 'decimal-site-code' ? 2 : form === 'hid34' ? 3 : 1;
  if (uid === null) return Array.from({ length: width }, () => '');
  const key = (rule: Parameters<typeof cardNumberFor>[1]) => cardNumberFor(uid, rule).key;
  switch (form) {
    case 'hex':
      return [uid];
    case 'hex-colons':
      return [uid.match(/../g)!.join(':')];
    case 'hex-reversed':
      return [uid.match(/../g)!.reverse().join('')];
    case 'decimal':
      return [key('decimal')];
    case 'decimal-site-code':
      return ['A6041', key('decimal')];
    case 'cascade1':
      return [key('cascade1-decimal-reversed').padStart(10, '0')];
    case 'net2':
      return [key('net2-token')];
    case 'wiegand26':
      return key('wiegand26-low3').split(':');
    case 'hid34':
      return [...key('wiegand34-first4').split(':'), 'HID H10306 34 Bits'];
  }
}
const cardWords = (form: CardForm): Word[] =>
  form === 'wiegand26' || form === 'decimal-site-code'
    ? ['facility', 'card']
    : form === 'hid34'
      ? ['facility', 'card', 'cardFormat']
      : ['card'];

function nameCells(name: string | null, form: NameForm): { words: Word[]; cells: string[] } {
  const [last = '', first = ''] = (name ?? '').split(', ');
  if (form === 'last-comma-first') return { words: ['holder'], cells: [name ?? ''] };
  if (form === 'full')
    return { words: ['holder'], cells: [[first, last].filter(Boolean).join(' ')] };
  return { words: ['firstName', 'lastName'], cells: [first, last] };
}

/** The columns of a table, each a header word and the cells it holds, in a vendor's order. */
function ordered(columns: { word: Word; cells: Cell[] }[], seed: number) {
  if (seed === 0) return columns;
  // A seeded shuffle: any column order, the same for the same seed.
  const out = [...columns];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function table(
  name: string,
  rows: { word: Word; cell: Cell }[][],
  headers: HeaderStyle,
  seed: number,
): Sheet {
  const first = rows[0] ?? [];
  const columns = ordered(
    first.map((c, i) => ({ word: c.word, cells: rows.map((r) => r[i]!.cell) })),
    seed,
  );
  return {
    name,
    headers: columns.map((c) => headerOf(c.word, headers)),
    rows: rows.map((_, r) => columns.map((c) => c.cells[r]!)),
  };
}

const doorName = new Map(site.doors.map((d) => [d.id, d]));

/** The door-event log in a style. */
export function eventSheet(style: EventStyle): Sheet {
  const rows = scenario.events.map((e, i) => {
    const time = timeCells(e.at, style.time);
    const timeWords: Word[] =
      style.time === 'date-and-time'
        ? ['date', 'time']
        : style.time === 'iso-z' || style.time === 'iso-ms-z' || style.time === 'utc-column'
          ? ['timestampUtc']
          : ['timestamp'];
    const holder = nameCells(e.name, style.name);
    const names = doorName.get(e.door)!;
    const door = style.door === 'own-name' ? names.names[2]! : names.names[0]!;
    const meaning = eventTexts(e, style.meaning, door);
    const cells: { word: Word; cell: Cell }[] = [
      ...time.map((cell, j) => ({ word: timeWords[j]!, cell })),
      ...meaning,
      { word: 'door', cell: door },
      ...(style.door === 'with-reader' ? [{ word: 'reader' as const, cell: names.names[1]! }] : []),
      ...(style.door === 'with-direction'
        ? [{ word: 'direction' as const, cell: names.direction === 'out' ? 'Out' : 'In' }]
        : []),
      ...cardCells(e.uid, style.card).map((cell, j) => ({ word: cardWords(style.card)[j]!, cell })),
      ...holder.cells.map((cell, j) => ({ word: holder.words[j]!, cell })),
      { word: 'employeeId', cell: e.employeeId ?? '' },
      { word: 'company', cell: e.company ?? '' },
      ...(style.extraColumns
        ? [
            { word: 'eventId' as const, cell: String(1000 + i) },
            { word: 'panel' as const, cell: `PNL-${i % 4}` },
          ]
        : []),
    ];
    return cells;
  });
  return table('Events', rows, style.headers, style.order);
}

const statusWords = {
  nl: { Actief: 'Actief', Geblokkeerd: 'Geblokkeerd', Verlopen: 'Verlopen' },
  en: { Actief: 'Active', Geblokkeerd: 'Blocked', Verlopen: 'Expired' },
} as const;

function dateCell(iso: string | null, form: CardholderStyle['dates']): Cell {
  if (iso === null) return '';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (form === 'iso') return iso;
  if (form === 'dmy') return `${pad(d)}-${pad(m)}-${y}`;
  if (form === 'us') return `${m}/${d}/${y}`;
  return { date: new Date(Date.UTC(y, m - 1, d)) };
}

/** The cardholder list in a style: one sheet, or the blocked cards on a second. */
export function cardholderSheets(style: CardholderStyle): Sheet[] {
  const blocked = (c: ScenarioCardholder) => c.status === 'Geblokkeerd';
  const rowOf = (c: ScenarioCardholder, onBlacklist: boolean) => {
    const fullName = [c.firstName, c.prefix, c.lastName].filter(Boolean).join(' ');
    const names =
      style.name === 'first-last'
        ? [
            { word: 'firstName' as const, cell: c.firstName ?? '' },
            { word: 'prefix' as const, cell: c.prefix ?? '' },
            { word: 'lastName' as const, cell: c.lastName },
          ]
        : style.name === 'full'
          ? [{ word: 'holder' as const, cell: fullName }]
          : [
              {
                word: 'holder' as const,
                cell: [c.lastName, [c.firstName, c.prefix].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', '),
              },
            ];
    const status =
      style.status === 'barred-flag'
        ? [{ word: 'barred' as const, cell: blocked(c) ? 'TRUE' : 'FALSE' }]
        : onBlacklist
          ? []
          : [
              {
                word: 'status' as const,
                cell: statusWords[style.status][c.status as keyof typeof statusWords.nl],
              },
            ];
    const expired = c.status === 'Verlopen' && c.validTo === null ? '2025-09-30' : c.validTo;
    const cells: { word: Word; cell: Cell }[] = [
      { word: 'employeeId', cell: c.employeeId ?? '' },
      ...names,
      { word: 'company', cell: c.company ?? '' },
      { word: 'department', cell: c.department ?? '' },
      ...cardCells(c.uid, style.card).map((cell, j) => ({ word: cardWords(style.card)[j]!, cell })),
      ...status,
      { word: 'validFrom', cell: dateCell(c.validFrom, style.dates) },
      { word: 'validTo', cell: dateCell(expired, style.dates) },
      {
        word: 'levels',
        cell: style.levelsCell === 'one' ? c.level : `${c.level}; Fietsenstalling`,
      },
      ...(style.extraColumns ? [{ word: 'panel' as const, cell: 'General' }] : []),
    ];
    return cells;
  };
  if (!style.blacklistSheet) {
    return [
      table(
        'Cardholders',
        scenario.cardholders.map((c) => rowOf(c, false)),
        style.headers,
        style.order,
      ),
    ];
  }
  return [
    table(
      'Users',
      scenario.cardholders.filter((c) => !blocked(c)).map((c) => rowOf(c, false)),
      style.headers,
      style.order,
    ),
    table(
      'Cancelled keys',
      scenario.cardholders.filter(blocked).map((c) => rowOf(c, true)),
      style.headers,
      style.order,
    ),
  ];
}
