import type { ServerMessage } from './types';

/** The building manager's exports: inspect, import, event texts. */
export const building: ServerMessage[] = [
  // main/building/building-import.ts
  { en: 'There is no file {file}.', nl: 'Het bestand {file} bestaat niet.' },
  { en: 'The file is empty.', nl: 'Het bestand is leeg.' },
  {
    en: 'No sheet of the workbook has known column names (for example Kaartnummer, Card number, Event).',
    nl: 'Geen enkel werkblad van de werkmap heeft bekende kolomnamen (zoals Kaartnummer, Card number, Event).',
  },
  // The message is cut in two at its "; " (the screen translates each part on its own).
  {
    en: 'Lobby cannot tell which column holds what (a door-event log needs a date (and time), an event and a door',
    nl: 'Lobby kan niet zien welke kolom wat bevat (een logboek van deurgebeurtenissen heeft een datum (en tijd), een gebeurtenis en een deur nodig',
  },
  {
    en: 'a cardholder list a card number and a name, employee number or access level). Assign the columns in the preview, or with --columns "Header=role,…".',
    nl: 'een kaarthouderlijst een kaartnummer en een naam, personeelsnummer of toegangsniveau). Wijs de kolommen toe in het voorbeeld, of met --columns "Header=role,…".',
  },
  {
    en: 'the row ends before this column ({count} fields)',
    nl: 'de regel houdt op vóór deze kolom ({count} velden)',
  },
  { en: '… and {count} more rows refused', nl: '… en nog {count} geweigerde regels' },
  // main/building/cardholder-writer.ts
  { en: '"{value}" is not a date', nl: '"{value}" is geen datum' },
  { en: '"{text}" is not a date and time', nl: '"{text}" is geen datum en tijd' },
  // main/building/event-writer.ts
  { en: 'no event text', nl: 'geen tekst bij de gebeurtenis' },
  { en: 'no door or reader', nl: 'geen deur of lezer' },
  // main/building/import-jobs.ts
  {
    en: 'Another import is still running. Wait for it or cancel it.',
    nl: 'Er loopt nog een andere import. Wacht tot die klaar is, of stop hem.',
  },
  // 'The import stopped unexpectedly; nothing was imported.', in its two parts.
  { en: 'The import stopped unexpectedly', nl: 'De import stopte onverwacht' },
  { en: 'nothing was imported.', nl: 'er is niets geïmporteerd.' },
  {
    en: 'Another file is being checked. Wait for it to finish.',
    nl: 'Er wordt al een ander bestand gecontroleerd. Wacht tot dat klaar is.',
  },
  { en: 'The file could not be checked.', nl: 'Het bestand kon niet worden gecontroleerd.' },
  {
    en: 'The file check stopped unexpectedly.',
    nl: 'Het controleren van het bestand stopte onverwacht.',
  },
  { en: 'That import is no longer running.', nl: 'Die import loopt niet meer.' },
  // main/building/row-context.ts
  {
    en: 'the year {year} is outside {minYear}–{maxYear}',
    nl: 'het jaar {year} ligt buiten {minYear}–{maxYear}',
  },
  // main/building/sniff.ts
  {
    en: 'This is not a text (CSV) export or an XLSX workbook.',
    nl: 'Dit is geen tekstexport (CSV) en geen XLSX-werkmap.',
  },
  {
    en: 'Row 1 is longer than 256 KB: this is not a line-by-line export.',
    nl: 'Regel 1 is langer dan 256 KB: dit is geen export met één record per regel.',
  },
  {
    en: 'No header row was found: the first lines have no columns (for example Datum, Kaartnummer, Event, Card number).',
    nl: 'Er is geen kopregel gevonden: de eerste regels hebben geen kolommen (zoals Datum, Kaartnummer, Event, Card number).',
  },
  // 'Row {row} has {count} columns; an export has at most {max}.', in its two parts.
  { en: 'Row {row} has {count} columns', nl: 'Regel {row} heeft {count} kolommen' },
  { en: 'an export has at most {max}.', nl: 'een export heeft er hooguit {max}.' },
  {
    en: 'Row {row}: the column "{column}" appears twice (columns {first} and {second}).',
    nl: 'Regel {row}: de kolom "{column}" staat er twee keer in (kolom {first} en {second}).',
  },
  {
    en: '"{role}" is not a column role.',
    nl: '"{role}" is geen keuze voor wat er in een kolom staat.',
  },
  // main/building/text-rules.ts
  {
    en: '"{outcome}" is not an outcome ({outcomes}).',
    nl: '"{outcome}" is geen bekende uitkomst ({outcomes}).',
  },
  {
    en: 'The text has no words to recognise it by.',
    nl: 'De tekst heeft geen woorden om hem aan te herkennen.',
  },
];
