/** Writes an N-event door log in the Nedap AEOS style: Windows-1252, ';', four title lines. */
import fs from 'node:fs';
import { IANAZone } from 'luxon';
import { cardNumberFor } from '../main/building/card-rules';

const amsterdam = IANAZone.create('Europe/Amsterdam');
const offsets = new Map<number, number>();
/** Site-local wall time of a UTC instant, so the log never names a time the clocks skipped. */
function local(ms: number): Date {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) offsets.set(hour, (offset = amsterdam.offset(ms)));
  return new Date(ms + offset * 60_000);
}

const doors: [string, string, string][] = [
  ['Hoofdingang BG', 'HI-01 lezer in', 'In'],
  ['Liftlobby 4e verdieping', 'L4-01 lezer', 'In'],
  ['4.01 Kantoortuin', '401-01 lezer', 'In'],
  ['4.03 Projectruimte', '403-01 lezer', 'In'],
  ['Parkeergarage', 'PG-01 lezer in', 'In'],
  ['4.05 Serverruimte', '405-01 lezer', 'In'],
];
const texts = [
  'Toegang verleend',
  'Toegang verleend',
  'Toegang verleend',
  'Toegang verleend',
  'Deur geopend met drukknop',
  'Toegang geweigerd - geen autorisatie',
];

export function generateNedapLog(file: string, events: number, uids: string[]): void {
  const out = fs.openSync(file, 'w');
  const lines: string[] = [
    'Rapport;Gebeurtenissen toegangscontrole (benchmark)',
    'Periode;01-01-2025 00:00 t/m 31-12-2025 23:59',
    'Aangemaakt;03-11-2025 07:15 door bench',
    '',
    'Datum;Tijd;Gebeurtenis;Toegangspunt;Lezer;Richting;Kaartnummer;Naam;Personeelsnummer;Bedrijf;Afdeling',
  ];
  const start = Date.UTC(2025, 0, 1, 6, 0, 0);
  const flush = () => {
    fs.writeSync(out, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
    lines.length = 0;
  };
  for (let i = 0; i < events; i += 1) {
    // Spread over the year in increasing time, so every second is distinct.
    const t = local(start + i * 29_000 + (i % 7) * 1000);
    const date = `${String(t.getUTCDate()).padStart(2, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${t.getUTCFullYear()}`;
    const time = t.toISOString().slice(11, 19);
    const uid = uids[i % uids.length]!;
    const [door, reader, direction] = doors[i % doors.length]!;
    const text = texts[i % texts.length]!;
    const card = text.startsWith('Deur')
      ? ''
      : cardNumberFor(uid, 'cascade1-decimal-reversed').key.padStart(10, '0');
    lines.push(
      `${date};${time};${text};${door};${reader};${direction};${card};${card ? 'Medewerker, Naam' : ''};${card ? 'E1000' : ''};${card ? 'Veldkamp & Noorderlicht B.V.' : ''};${card ? 'Advies' : ''}`,
    );
    if (lines.length >= 10_000) flush();
  }
  flush();
  fs.closeSync(out);
}
