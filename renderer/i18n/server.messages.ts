/** What the services say, in English as they say it, and in Dutch. `{name}` is filled in. */
export const serverMessages: { en: string; nl: string }[] = [
  // main/backup/backup-service.ts
  { en: 'Backups already have a key.', nl: 'Er is al een sleutel voor de back-ups.' },
  {
    en: 'The passphrase needs at least 12 characters.',
    nl: 'De wachtwoordzin moet minstens 12 tekens hebben.',
  },
  {
    en: 'Set a backup passphrase first (lobby backup init).',
    nl: 'Stel eerst een wachtwoordzin voor de back-ups in (lobby backup init).',
  },
  { en: 'No backup folder is set.', nl: 'Er is geen back-upmap ingesteld.' },

  // main/backup/restore.ts
  {
    en: 'This backup is from a newer Lobby (schema {schema}).',
    nl: 'Deze back-up komt van een nieuwere versie van Lobby (schema {schema}).',
  },
  {
    en: 'The restored database fails its integrity check.',
    nl: 'De teruggezette database doorstaat de integriteitscontrole niet.',
  },
  {
    en: 'The database is in use: stop the kiosk, then restore.',
    nl: 'De database is in gebruik: stop de kiosk en zet de back-up daarna terug.',
  },

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

  // main/console/console-lock.ts
  { en: 'a PIN is 6 to 12 digits', nl: 'een pincode heeft 6 tot 12 cijfers' },
  { en: 'A name of 1 to 80 characters.', nl: 'Een naam van 1 tot 80 tekens.' },
  {
    en: 'There is already an operator "{name}".',
    nl: 'Er is al een medewerker met toegang die "{name}" heet.',
  },
  {
    en: 'Another operator has this PIN: choose another.',
    nl: 'Een andere medewerker met toegang heeft deze pincode: kies een andere.',
  },
  { en: 'The kiosk is already set up.', nl: 'De kiosk is al ingesteld.' },
  { en: 'You cannot disable yourself.', nl: 'U kunt uw eigen toegang niet intrekken.' },
  {
    en: 'There is no active operator {id}.',
    nl: 'Medewerker met toegang {id} bestaat niet of is al ingetrokken.',
  },
  {
    en: 'Too many wrong PINs. Try again in {seconds} seconds.',
    nl: 'Te veel foute pincodes. Probeer het over {seconds} seconden opnieuw.',
  },
  {
    en: 'No operator is set up yet.',
    nl: 'Er is nog geen medewerker met toegang ingesteld.',
  },
  {
    en: 'This badge does not open the console.',
    nl: 'Met deze pas kunt u het beheerdeel niet openen.',
  },
  { en: 'That PIN is not right.', nl: 'Die pincode klopt niet.' },
  { en: 'The console is locked.', nl: 'Het beheerdeel is vergrendeld.' },
  { en: 'Your role may not do this.', nl: 'Dit mag niet met uw rol.' },

  // main/console/handlers.ts
  {
    en: 'Nobody has employee number {employeeId}.',
    nl: 'Niemand heeft personeelsnummer {employeeId}.',
  },

  // main/domain/site-model.ts
  {
    en: 'use 1–40 letters, digits, "_", "-" or "."',
    nl: 'gebruik 1–40 letters, cijfers, "_", "-" of "."',
  },
  { en: 'must not be empty', nl: 'mag niet leeg zijn' },
  { en: 'use HH:MM between 00:00 and 24:00', nl: 'gebruik UU:MM tussen 00:00 en 24:00' },
  { en: 'name at least one day (1 = Monday)', nl: 'noem minstens één dag (1 = maandag)' },
  {
    en: '"to" ({to}) is not after "from" ({from})',
    nl: '"Tot" ({to}) ligt niet na "Van" ({from})',
  },
  { en: 'a day is listed twice', nl: 'een dag staat er twee keer in' },
  { en: 'only version 1 is understood', nl: 'alleen versie 1 wordt begrepen' },
  { en: 'not a known time zone', nl: 'geen bekende tijdzone' },
  { en: 'a door needs at least one name', nl: 'een deur heeft minstens één naam nodig' },
  {
    en: 'a schedule needs at least one window',
    nl: 'een tijdschema heeft minstens één tijdvak nodig',
  },
  // `duplicate ${what} "…" (also at index …)`, once for each `what`.
  {
    en: 'duplicate organisation "{name}" (also at index {index})',
    nl: 'organisatie "{name}" staat er twee keer in (ook op positie {index})',
  },
  {
    en: 'duplicate zone "{id}" (also at index {index})',
    nl: 'zone "{id}" staat er twee keer in (ook op positie {index})',
  },
  {
    en: 'duplicate door "{id}" (also at index {index})',
    nl: 'deur "{id}" staat er twee keer in (ook op positie {index})',
  },
  {
    en: 'duplicate profile "{id}" (also at index {index})',
    nl: 'profiel "{id}" staat er twee keer in (ook op positie {index})',
  },
  {
    en: 'duplicate building level "{name}" (also at index {index})',
    nl: 'toegangsniveau "{name}" staat er twee keer in (ook op positie {index})',
  },
  {
    en: '"{spelling}" already names organisation "{owner}"',
    nl: '"{spelling}" is al een naam van organisatie "{owner}"',
  },
  { en: 'unknown zone "{zone}"', nl: 'onbekende zone "{zone}"' },
  { en: 'duplicate door name "{name}"', nl: 'deurnaam "{name}" staat er twee keer in' },
  {
    en: 'duplicate door name "{name}" (door {door} in zone {zone})',
    nl: 'deurnaam "{name}" wordt al gebruikt (deur {door} in zone {zone})',
  },
  { en: 'unknown schedule "{schedule}"', nl: 'onbekend tijdschema "{schedule}"' },
  { en: 'a zone is listed twice', nl: 'een zone staat er twee keer in' },

  // main/electron/ipc.ts
  {
    en: 'Calls are accepted only from the kiosk page.',
    nl: 'Alleen de kioskpagina mag deze aanvragen doen.',
  },

  // main/host/server.ts
  {
    en: 'The request body must be a JSON array.',
    nl: 'De inhoud van het verzoek moet een JSON-lijst zijn.',
  },

  // main/ipc/dispatch.ts
  { en: 'No such call: {channel}', nl: 'Deze aanvraag bestaat niet: {channel}' },

  // main/ipc/errors.ts
  { en: 'An unexpected error occurred.', nl: 'Er ging onverwacht iets mis.' },

  // main/people/calls.ts
  { en: 'use YYYY-MM-DD', nl: 'gebruik JJJJ-MM-DD' },

  // main/people/people-service.ts
  {
    en: 'Employee number {employeeId} already belongs to someone else.',
    nl: 'Personeelsnummer {employeeId} hoort al bij iemand anders.',
  },
  { en: 'already belongs to {name}', nl: 'hoort al bij {name}' },
  { en: 'There is no person with id {id}.', nl: 'Er is geen persoon met id {id}.' },

  // main/people/person-rules.ts
  { en: 'no employee number', nl: 'geen personeelsnummer' },
  {
    en: 'a first and a last name are both needed',
    nl: 'een voornaam en een achternaam zijn allebei nodig',
  },
  { en: '"{email}" is not an e-mail address', nl: '"{email}" is geen e-mailadres' },
  {
    en: 'unknown organisation "{organisation}": add it, or this spelling as an alias, to the site configuration',
    nl: 'onbekende organisatie "{organisation}": voeg deze organisatie, of deze spelling als andere schrijfwijze, toe aan de siteconfiguratie',
  },
  {
    en: 'ends ({endDate}) before it starts ({startDate})',
    nl: 'de datum uit dienst ({endDate}) ligt vóór de datum in dienst ({startDate})',
  },
  {
    en: 'unknown profile "{profile}": define it in the site configuration first',
    nl: 'onbekend profiel "{profile}": leg het eerst vast in de siteconfiguratie',
  },

  // main/privacy/subject-requests.ts
  { en: 'There is no visit {id}.', nl: 'Bezoek {id} bestaat niet.' },
  {
    en: 'Visit {id} has no visitor details left.',
    nl: 'Van bezoek {id} zijn geen bezoekersgegevens meer over.',
  },

  // main/reception/badge-taps.ts
  {
    en: 'Sign the visitor in before handing out a badge.',
    nl: 'Meld de bezoeker eerst aan en geef daarna een pas uit.',
  },

  // main/reception/desk-service.ts
  { en: 'The name is too short.', nl: 'De naam is te kort.' },
  {
    en: 'A visit cannot be expected in the past.',
    nl: 'Een bezoek kan niet in het verleden worden verwacht.',
  },
  {
    en: 'This visitor is not waiting to be picked up.',
    nl: 'Deze bezoeker wacht niet om te worden opgehaald.',
  },
  { en: 'This visitor is not signed in.', nl: 'Deze bezoeker is niet aangemeld.' },
  { en: 'This visit is already closed.', nl: 'Dit bezoek is al gesloten.' },

  // main/reception/evacuation.ts
  { en: 'There is no roll call {id}.', nl: 'Appel {id} bestaat niet.' },
  { en: 'This roll call has ended.', nl: 'Dit appel is beëindigd.' },
  { en: 'That person is not on this roll call.', nl: 'Die persoon staat niet op dit appel.' },

  // main/reception/handlers.ts
  {
    en: 'Self sign-in is switched off at this kiosk.',
    nl: 'Zelf aanmelden staat op deze kiosk uit.',
  },
  {
    en: 'Badge labels are switched off for this site.',
    nl: 'Naamlabels staan voor deze site uit.',
  },
  { en: 'There is no notification {id}.', nl: 'Melding {id} bestaat niet.' },

  // main/reconcile/calls.ts
  {
    en: 'an accepted risk needs a reason and an end date',
    nl: 'een geaccepteerd risico heeft een reden en een einddatum nodig',
  },

  // main/reconcile/findings-service.ts
  { en: 'There is no finding with id {id}.', nl: 'Er is geen bevinding met id {id}.' },
  {
    en: 'An accepted risk needs a reason and an end date.',
    nl: 'Een geaccepteerd risico heeft een reden en een einddatum nodig.',
  },

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

  // main/site/site-service.ts
  { en: 'not valid JSON: {detail}', nl: 'geen geldige JSON: {detail}' },
  {
    en: 'The file leaves out an organisation or profile that people in the staff list still use. Keep it in the file, or change those people first.',
    nl: 'In het bestand ontbreekt een organisatie of profiel dat mensen op de personeelslijst nog hebben. Laat het in het bestand staan, of wijzig eerst die mensen.',
  },

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

  // main/tags/calls.ts
  { en: 'not a 4, 7 or 10-byte UID', nl: 'geen UID van 4, 7 of 10 bytes' },

  // main/tags/custody.ts
  { en: 'There is no tag with id {id}.', nl: 'Er is geen pas met id {id}.' },
  { en: 'Tag {uid} is already enrolled.', nl: 'Pas {uid} is al geregistreerd.' },
  {
    en: 'The label {label} is already on another tag.',
    nl: 'Het label {label} staat al op een andere pas.',
  },
  // `Tag ${uid} is ${status}; it cannot be given out.`: status is lost or replaced.
  { en: 'Tag {uid} is lost', nl: 'Pas {uid} is verloren gemeld' },
  { en: 'Tag {uid} is replaced', nl: 'Pas {uid} is vervangen' },
  { en: 'it cannot be given out.', nl: 'hij kan niet worden uitgegeven.' },
  // Before the one without a full stop, which would match it too.
  { en: 'Nobody holds tag {uid}.', nl: 'Niemand heeft pas {uid}.' },
  // 'Nobody holds tag {uid}; give the new badge out instead.', in its two parts.
  { en: 'Nobody holds tag {uid}', nl: 'Niemand heeft pas {uid}' },
  {
    en: 'give the new badge out instead.',
    nl: 'geef in plaats daarvan de nieuwe pas uit.',
  },
  { en: 'That is the same badge.', nl: 'Dat is dezelfde pas.' },
  {
    en: 'Tag {uid} is already given to someone.',
    nl: 'Pas {uid} is al aan iemand uitgegeven.',
  },
  { en: 'That reminder is already done.', nl: 'Die herinnering is al afgehandeld.' },

  // main/taps/tap-service.ts
  {
    en: 'Too many card numbers were typed. Wait a moment.',
    nl: 'Er zijn te veel kaartnummers getypt. Wacht even.',
  },
  {
    en: 'That is not a {format} card number.',
    nl: 'Dat is geen kaartnummer in de vorm {format}.',
  },
  {
    en: 'Test badges are available in development only.',
    nl: 'Testpassen zijn er alleen in de ontwikkelmodus.',
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

  // Last, for anything else: "where: why", each part translated on its own if it can be.
  { en: '{where}: {reason}', nl: '{where}: {reason}' },
];
