/**
 * A door-event export shaped like a customer's (issue #10): about 1,000 cardholders of six
 * companies with names, employee numbers and departments; a tenth of the events by cards nobody
 * knows; eleven columns; Windows-1252 with CRLF and title lines before the header, as Nedap AEOS
 * writes it; a month of events. People use the doors of their own floor and the shared ones
 * (ours and the partner firm floor four, the others floor two, the bike shed, the car park), one
 * of ours now and then the server room; most taps open the door, a few are refused, exit buttons
 * and door alarms carry no card. `realisticCardholders` writes the building's cardholder export.
 */
import fs from 'node:fs';
import { IANAZone } from 'luxon';
import { cardNumberFor } from '../../main/building/card-rules';

const amsterdam = IANAZone.create('Europe/Amsterdam');

const firstNames = [
  'Anna',
  'Bram',
  'Chloë',
  'Daan',
  'Eline',
  'Fenna',
  'Gijs',
  'Hüseyin',
  'Inge',
  'Joëlle',
  'Kees',
  'Lotte',
  'Mustafa',
  'Noor',
  'Otto',
  'Priya',
  'Ruud',
  'Saskia',
  'Thijs',
  'Ümit',
];
const lastNames = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Groot',
  'Müller',
  'Çelik',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'Peeters',
  'Hoekstra',
  'Lambrecht',
  'Šimić',
];
const companies = [
  'Veldkamp & Noorderlicht B.V.',
  'Brugwerk Consultancy B.V.',
  'Rijnmond Logistiek N.V.',
  'Schoonmaakbedrijf Glans',
  'Café De Hoek',
  'Advocatenkantoor Ter Haar',
];
const departments = [
  'Advies',
  'Financiën',
  'ICT',
  'Facilitair',
  'Juridische zaken',
  'Verkoop',
  'Directie',
];
type Door = [string, string, string];
const entranceIn: Door = ['Hoofdingang BG', 'HI-01 lezer in', 'In'];
const entranceOut: Door = ['Hoofdingang BG', 'HI-02 lezer uit', 'Uit'];
const carPark: Door = ['Parkeergarage', 'PG-01 lezer in', 'In'];
const floorFour: Door[] = [
  ['Liftlobby 4e verdieping', 'L4-01 lezer', 'In'],
  ['4.01 Kantoortuin', '401-01 lezer', 'In'],
  ['4.03 Projectruimte', '403-01 lezer', 'In'],
];
const serverRoom: Door = ['4.05 Serverruimte', '405-01 lezer', 'In'];
const floorTwo: Door = ['Liftlobby 2e verdieping', 'L2-01 lezer', 'In'];
const bikeShed: Door = ['Fietsenstalling', 'FS-01 lezer', 'In'];
export const ownCompany = 'Veldkamp & Noorderlicht B.V.';
const partnerCompany = 'Brugwerk Consultancy B.V.';
const routes: Record<string, Door[]> = {
  [ownCompany]: [entranceIn, entranceOut, carPark, ...floorFour, ...floorFour],
  [partnerCompany]: [entranceIn, entranceOut, ...floorFour],
};
const otherRoute = [entranceIn, entranceOut, carPark, floorTwo, floorTwo, bikeShed];
/** Out of a hundred: what a month at an office's doors says. */
const textMix: [number, string][] = [
  [88, 'Toegang verleend'],
  [96, 'Deur geopend met drukknop'],
  [98, 'Toegang geweigerd - geen autorisatie'],
  [99, 'Toegang geweigerd - buiten tijdschema'],
  [100, 'Deur te lang open'],
];

export interface Cardholder {
  uid: string;
  name: string;
  employeeId: string;
  company: string;
  department: string;
}

/** Deterministic 7-byte UIDs (NXP prefix 04) spread over every byte, so the same run makes the same file. */
function uidOf(i: number): string {
  let x = BigInt(i + 1) * 0x9e3779b97f4an;
  let hex = '04';
  for (let b = 0; b < 6; b += 1) {
    x = (x * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    hex += Number(x >> 56n)
      .toString(16)
      .padStart(2, '0');
  }
  return hex.toUpperCase();
}

/**
 * `count` cardholders of the six companies in turn; with `own`, the first `own` of them are our
 * own company's and the rest the other five's (a building where we are the large tenant).
 */
export function cardholders(count: number, offset = 0, own?: number): Cardholder[] {
  return Array.from({ length: count }, (_, k) => {
    const i = k + offset;
    const company =
      own === undefined
        ? companies[i % companies.length]!
        : k < own
          ? ownCompany
          : companies[1 + (i % (companies.length - 1))]!;
    return {
      uid: uidOf(i),
      name: `${lastNames[(i * 7) % lastNames.length]}, ${firstNames[i % firstNames.length]}`,
      employeeId: `E${String(10_000 + i)}`,
      company,
      department: departments[(i * 3) % departments.length]!,
    };
  });
}

/**
 * When each event happens, in increasing order: an office's rhythm, not a clock's. Workdays carry
 * nearly all of it, spread from 06:30 to 20:00 (so a few come before or after a 07:00–19:00
 * profile); weekends a twentieth of a workday, in the day. UTC, from 1 October 2025 (CEST).
 */
function officeHours(events: number, days: number): (i: number) => number {
  const first = Date.UTC(2025, 9, 1);
  const weekday = (d: number) => new Date(first + d * 86_400_000).getUTCDay() % 6 !== 0;
  const weights = Array.from({ length: days }, (_, d) => (weekday(d) ? 1 : 0.05));
  const total = weights.reduce((a, b) => a + b, 0);
  const starts: number[] = [];
  weights.reduce((sum, w, d) => ((starts[d] = Math.round((sum / total) * events)), sum + w), 0);
  return (i) => {
    let d = starts.findLastIndex((s) => s <= i);
    if (d < 0) d = 0;
    const count = (starts[d + 1] ?? events) - starts[d]!;
    const [from, to] = weekday(d) ? [4.5, 18] : [6, 16]; // UTC hours: 06:30–20:00 and 08:00–18:00 local
    const within = count > 0 ? (i - starts[d]!) / count : 0;
    return Math.floor(first + d * 86_400_000 + (from + within * (to - from)) * 3_600_000);
  };
}

/** Writes the export; returns the cardholders whose tags the kiosk knows. */
export function realisticExport(
  file: string,
  opts: { events: number; known?: number; unknown?: number; days?: number; own?: number },
): Cardholder[] {
  const known = cardholders(opts.known ?? 900, 0, opts.own);
  const strangers = cardholders(opts.unknown ?? 100, 1_000_000);
  const days = opts.days ?? 30;
  const out = fs.openSync(file, 'w');
  const lines = [
    'Rapport;Gebeurtenissen toegangscontrole',
    'Periode;01-10-2025 00:00 t/m 31-10-2025 23:59',
    'Aangemaakt;03-11-2025 07:15 door gebouwbeheer',
    '',
    'Datum;Tijd;Gebeurtenis;Toegangspunt;Lezer;Richting;Kaartnummer;Naam;Personeelsnummer;Bedrijf;Afdeling',
  ];
  const flush = () => {
    fs.writeSync(out, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
    lines.length = 0;
  };
  const at = officeHours(opts.events, days);
  let offsetHour = -1;
  let offset = 0;
  for (let i = 0; i < opts.events; i += 1) {
    const utc = at(i);
    const hour = Math.floor(utc / 3_600_000);
    if (hour !== offsetHour) [offsetHour, offset] = [hour, amsterdam.offset(utc)];
    const t = new Date(utc + offset * 60_000);
    const date = `${String(t.getUTCDate()).padStart(2, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${t.getUTCFullYear()}`;
    const time = t.toISOString().slice(11, 19);
    // A tenth of the events by someone the kiosk does not know.
    const pick = (Math.imul(i, 2654435761) >>> 0) >>> 12;
    const who = i % 10 === 9 ? strangers[pick % strangers.length]! : known[pick % known.length]!;
    const route = routes[who.company] ?? otherRoute;
    const [door, reader, direction] =
      who.company === ownCompany && i % 2_000 === 0 ? serverRoom : route[(i * 5) % route.length]!;
    const text = textMix.find(([upTo]) => (pick >>> 7) % 100 < upTo)![1];
    const byCard = !text.startsWith('Deur');
    const card = byCard
      ? cardNumberFor(who.uid, 'cascade1-decimal-reversed').key.padStart(10, '0')
      : '';
    lines.push(
      byCard
        ? `${date};${time};${text};${door};${reader};${direction};${card};${who.name};${who.employeeId};${who.company};${who.department}`
        : `${date};${time};${text};${door};${reader};${direction};;;;;`,
    );
    if (lines.length >= 10_000) flush();
  }
  flush();
  fs.closeSync(out);
  return known;
}

/** The building's cardholder export (Nedap AEOS style) for these people, every card active. */
export function realisticCardholders(file: string, people: Cardholder[]): void {
  const level = (company: string) =>
    company === ownCompany
      ? 'VN Standaard 4e'
      : company === partnerCompany
        ? 'Brugwerk Partner 4e'
        : 'Eemland 2e verdieping';
  const lines = [
    'Personeelsnummer;Achternaam;Tussenvoegsel;Voornaam;Bedrijf;Afdeling;Kaartnummer;Identificatietype;Kaartstatus;Geblokkeerd sinds;Geldig vanaf;Geldig tot;Toegangsprofiel;Opmerking',
    ...people.map((p) => {
      const [last, first] = p.name.split(', ');
      const card = cardNumberFor(p.uid, 'cascade1-decimal-reversed').key.padStart(10, '0');
      return `${p.employeeId};${last};;${first};${p.company};${p.department};${card};MIFARE CSN 32 bit (LSB eerst);Actief;;01-01-2024;;${level(p.company)};`;
    }),
  ];
  fs.writeFileSync(file, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
}
