/**
 * The realistic scale family the import and review benchmarks run on (issue #19): a month of a
 * customer's door log (1,000,000 events) in buildings from a small tenant to a head office. Each
 * size names the people on our staff list and the cardholders in the building's export.
 * `SIZES="150x1000,10000x20000"` picks sizes, `EVENTS=N` the log's length.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  ownCompany,
  realisticCardholders,
  realisticExport,
  type Cardholder,
} from '../test/support/realistic-export';

export interface ScaleSize {
  people: number;
  cardholders: number;
  events: number;
}

const defaultSizes = '150x1000,1500x10000,10000x10000,10000x20000';

export function scaleFamily(): ScaleSize[] {
  const events = Number(process.env.EVENTS ?? 1_000_000);
  return (process.env.SIZES ?? defaultSizes).split(',').map((s) => {
    const [people, cardholders] = s.split('x').map(Number) as [number, number];
    return { people, cardholders: Math.max(people, cardholders), events };
  });
}

export const sizeName = (s: ScaleSize) =>
  `${s.people.toLocaleString('en')} people, ${s.cardholders.toLocaleString('en')} cardholders, ${s.events.toLocaleString('en')} events`;

/** The door log and the cardholder export of one size; returns our own people among the known. */
export function writeScaleExport(
  dir: string,
  size: ScaleSize,
): { log: string; cardholderFile: string; known: Cardholder[]; staff: Cardholder[] } {
  const log = path.join(dir, 'events.csv');
  const known = realisticExport(log, {
    events: size.events,
    known: size.cardholders,
    unknown: Math.max(100, Math.round(size.cardholders / 10)),
    own: size.people,
  });
  const cardholderFile = path.join(dir, 'cardholders.csv');
  realisticCardholders(cardholderFile, known);
  return { log, cardholderFile, known, staff: known.filter((c) => c.company === ownCompany) };
}

export const seconds = (since: number) => (performance.now() - since) / 1000;

/** The baseline of every comparison: sqlite3's `.import` of the log into a plain table. */
export function sqliteImport(log: string, dir: string): number {
  const db = path.join(dir, `baseline-${process.pid}-${Date.now()}.sqlite`);
  const t0 = performance.now();
  execFileSync('sqlite3', [db, '.mode csv', '.separator ;', `.import --skip 4 ${log} events`]);
  const took = seconds(t0);
  fs.rmSync(db, { force: true });
  return took;
}

/** Wall time and peak memory of one command, run by GNU time (Debian's `time`). */
export function timed(
  command: string,
  args: string[],
): { seconds: number; peakMb: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
    maxBuffer: 1 << 28,
  });
  const took = seconds(started);
  if (result.status !== 0 && result.status !== 2) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.toString()}`);
  }
  const peakKb = Number(result.stderr.toString().trim().split('\n').at(-1));
  return { seconds: took, peakMb: peakKb / 1024, stdout: result.stdout.toString() };
}

export const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
export const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
