import type { ServerMessage } from './types';

/** Reading register files: tables, uploads and the four registers. */
export const files: ServerMessage[] = [
  // main/registers/expected-import.ts
  {
    en: '{date} has passed: only today or later can be expected',
    nl: '{date} is al voorbij: alleen vandaag of later kan worden verwacht',
  },
  {
    en: 'a name of 2 to 80 characters is needed',
    nl: 'een naam van 2 tot 80 tekens is nodig',
  },
  { en: 'no visitor name', nl: 'geen naam van de bezoeker' },
  {
    en: 'nobody on the staff list is "{host}"',
    nl: 'niemand op de personeelslijst is "{host}"',
  },
  {
    en: '"{host}" fits {count} people: use the employee number or e-mail',
    nl: '"{host}" past bij {count} personen: gebruik het personeelsnummer of het e-mailadres',
  },
  { en: '"{time}" is not a time of day (HH:MM)', nl: '"{time}" is geen tijdstip (UU:MM)' },
  {
    en: '"{purpose}" is not a purpose ({purposes})',
    nl: '"{purpose}" is geen doel van een bezoek ({purposes})',
  },
  // main/registers/staff-import.ts
  {
    en: 'employee number {employeeId} is also on row {row}',
    nl: 'personeelsnummer {employeeId} staat ook op regel {row}',
  },
  // main/registers/tag-register-import.ts
  { en: '"{uid}" is not a 4, 7 or 10-byte UID', nl: '"{uid}" is geen UID van 4, 7 of 10 bytes' },
  { en: 'tag {uid} is also on row {row}', nl: 'pas {uid} staat ook op regel {row}' },
  {
    en: 'the UID has {bytes} bytes, not {length}',
    nl: 'de UID heeft {bytes} bytes, niet {length}',
  },
  {
    en: 'nobody with employee number "{employeeId}": import the staff list first',
    nl: 'niemand heeft personeelsnummer "{employeeId}": importeer eerst de personeelslijst',
  },
  {
    en: '"{holderType}" is not a holder type (employee, partner, contractor, visitor_pool)',
    nl: '"{holderType}" is geen soort houder (employee, partner, contractor, visitor_pool)',
  },
  { en: '"{status}" is not a tag status', nl: '"{status}" is geen status van een pas' },
  {
    en: 'the status ({since}) predates the issue date ({issuedOn})',
    nl: 'de status ({since}) ligt vóór de datum van uitgifte ({issuedOn})',
  },
  // main/registers/visit-import.ts
  { en: 'visit {reference} is listed twice', nl: 'bezoek {reference} staat er twee keer in' },
  { en: 'no visit reference', nl: 'geen bezoeknummer' },
  { en: 'not a time of day (HH:MM)', nl: 'geen tijdstip (UU:MM)' },
  { en: 'checked out before checking in', nl: 'het vertrek ligt vóór de aankomst' },
  { en: 'checked out without checking in', nl: 'een vertrek zonder aankomst' },
  {
    en: 'nobody with employee number "{employeeId}"',
    nl: 'niemand heeft personeelsnummer "{employeeId}"',
  },
  {
    en: 'badge {badge} is not in the tag register: import it first',
    nl: 'pas {badge} staat niet in het passenregister: importeer dat eerst',
  },
  {
    en: 'badge {badge} is labelled {tagLabel}, not {label}',
    nl: 'pas {badge} heeft label {tagLabel}, niet {label}',
  },
  { en: '"{value}" is not yes or no', nl: '"{value}" is geen ja of nee' },
  // main/tables/csv-rows.ts
  { en: 'The import was cancelled.', nl: 'De import is gestopt.' },
  {
    en: 'Row {row} runs on for more than {size} KB without ending: this is not a line-by-line export.',
    nl: 'Regel {row} loopt meer dan {size} KB door zonder te eindigen: dit is geen export met één record per regel.',
  },
  // 'Row {row} has a quote (") that is never closed; the row cannot be read.', in its two parts.
  {
    en: 'Row {row} has a quote (") that is never closed',
    nl: 'Regel {row} heeft een aanhalingsteken (") dat nergens wordt gesloten',
  },
  { en: 'the row cannot be read.', nl: 'de regel kan niet worden gelezen.' },
  // main/tables/limits.ts
  // 'Row {row} has a cell in column {column}; Lobby reads up to {max} columns. …', in its two parts.
  {
    en: 'Row {row} has a cell in column {column}',
    nl: 'Regel {row} heeft een cel in kolom {column}',
  },
  {
    en: 'Lobby reads up to {max} columns. Remove what is beyond the table and save again.',
    nl: 'Lobby leest hooguit {max} kolommen. Verwijder wat buiten de tabel staat en sla het bestand opnieuw op.',
  },
  // 'The workbook would unpack to {size} MB; Lobby reads workbooks up to …', in its two parts.
  { en: 'The workbook would unpack to {size} MB', nl: 'De werkmap zou uitgepakt {size} MB worden' },
  {
    en: 'Lobby reads workbooks up to {max} MB that are not packed more than {ratio} times.',
    nl: 'Lobby leest werkmappen tot {max} MB die niet meer dan {ratio} keer zijn ingepakt.',
  },
  {
    en: 'The workbook cannot be read: it is not a readable XLSX file (damaged or cut off?).',
    nl: 'De werkmap kan niet worden gelezen: het is geen leesbaar XLSX-bestand (beschadigd of afgebroken?).',
  },
  // main/tables/local-time.ts
  {
    en: '{time} does not exist on that day in {timeZone} (the clocks went forward)',
    nl: '{time} bestaat op die dag niet in {timeZone} (de klok ging vooruit)',
  },
  // main/tables/problems.ts
  // describeRejection: a refused file's reason with its row and column.
  { en: '{reason} (row {row}, {column})', nl: '{reason} (regel {row}, {column})' },
  { en: '{reason} (row {row})', nl: '{reason} (regel {row})' },
  // main/tables/read-in-worker.ts
  // '{file} took longer than {seconds} s to read; it is not a register Lobby can import.', in its two parts.
  {
    en: '{file} took longer than {seconds} s to read',
    nl: 'Het lezen van {file} duurde langer dan {seconds} s',
  },
  {
    en: 'it is not a register Lobby can import.',
    nl: 'het is geen register dat Lobby kan importeren.',
  },
  {
    en: '{file} is too large to read as a register.',
    nl: '{file} is te groot om als register te lezen.',
  },
  { en: 'Reading {file} stopped unexpectedly.', nl: 'Het lezen van {file} stopte onverwacht.' },
  // main/tables/table-file.ts
  { en: '{file} is empty.', nl: '{file} is leeg.' },
  { en: '{file} is larger than {size} MB.', nl: '{file} is groter dan {size} MB.' },
  {
    en: '{file} is not a text (CSV) or XLSX file.',
    nl: '{file} is geen tekstbestand (CSV) en geen XLSX-bestand.',
  },
  {
    en: '{file} is not a readable XLSX workbook (damaged or cut off?).',
    nl: '{file} is geen leesbare XLSX-werkmap (beschadigd of afgebroken?).',
  },
  { en: '{file} has no sheet with data.', nl: '{file} heeft geen werkblad met gegevens.' },
  // 'The file goes on past row {row}; a register has at most {max} rows.', in its two parts.
  { en: 'The file goes on past row {row}', nl: 'Het bestand gaat door na regel {row}' },
  { en: 'a register has at most {max} rows.', nl: 'een register heeft hooguit {max} regels.' },
  { en: '{file} has no rows.', nl: '{file} heeft geen regels.' },
  // main/tables/table-import.ts
  {
    en: 'the header has no column for: {roles}',
    nl: 'de kopregel heeft geen kolom voor: {roles}',
  },
  // main/tables/table-worker.ts
  { en: 'The file could not be read.', nl: 'Het bestand kon niet worden gelezen.' },
  // main/tables/xlsx-rows.ts
  {
    en: 'The workbook cannot be read (damaged or cut off?): {detail}',
    nl: 'De werkmap kan niet worden gelezen (beschadigd of afgebroken?): {detail}',
  },
  // main/uploads/upload-store.ts
  {
    en: '{count} files are being uploaded already. Finish or wait for those first.',
    nl: 'Er worden al {count} bestanden geüpload. Rond die eerst af, of wacht erop.',
  },
  { en: 'The file is larger than {size}.', nl: 'Het bestand is groter dan {size}.' },
  {
    en: 'Uploads waiting to be imported take {size} already. Import or wait for those first.',
    nl: 'Bestanden die wachten op import nemen al {size} in beslag. Importeer die eerst, of wacht erop.',
  },
  {
    en: 'That upload has expired. Choose the file again.',
    nl: 'Het geüploade bestand is verlopen. Kies het bestand opnieuw.',
  },
  {
    en: 'The upload is at byte {at}, not {offset}. Choose the file again.',
    nl: 'Het uploaden staat bij byte {at}, niet bij {offset}. Kies het bestand opnieuw.',
  },
];
