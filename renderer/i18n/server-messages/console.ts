import type { ServerMessage } from './types';

/** The console, privacy, backups, the review, and the transports. */
export const consoleArea: ServerMessage[] = [
  // main/central/credentials.ts, sync.ts, handlers.ts; db/central/connect.ts
  {
    en: 'These are not kiosk credentials as `lobby central add-kiosk` prints them.',
    nl: 'Dit zijn geen toegangsgegevens van een kiosk zoals de IT-afdeling ze krijgt (lobby central add-kiosk).',
  },
  { en: 'The store does not admit {kiosk}.', nl: 'De centrale opslag laat {kiosk} niet toe.' },
  {
    en: 'This kiosk has already joined as {kiosk}.',
    nl: 'Deze kiosk is al aangesloten als {kiosk}.',
  },
  {
    en: 'This kiosk has not joined a central store (lobby central join).',
    nl: 'Deze kiosk is niet aangesloten bij een centrale opslag.',
  },
  {
    en: 'The central store at {address} cannot be reached ({code}).',
    nl: 'De centrale opslag op {address} is niet bereikbaar ({code}).',
  },
  {
    en: 'The central store at {address} cannot be reached.',
    nl: 'De centrale opslag op {address} is niet bereikbaar.',
  },
  {
    en: 'The central store refused this kiosk.',
    nl: 'De centrale opslag weigerde deze kiosk.',
  },
  // main/incidents/incident-service.ts
  { en: 'There is no incident {id}.', nl: 'Er is geen incident {id}.' },
  { en: 'It cannot be noticed in the future.', nl: 'Het kan niet in de toekomst zijn opgemerkt.' },
  {
    en: 'It cannot have happened after it was noticed.',
    nl: 'Het kan niet gebeurd zijn nadat het werd opgemerkt.',
  },
  { en: 'This is no longer a proposal.', nl: 'Dit is geen voorstel meer.' },
  {
    en: 'Say whether this data breach must be reported.',
    nl: 'Geef aan of dit datalek gemeld moet worden.',
  },
  {
    en: 'This breach has been reported: its classification stays.',
    nl: 'Dit datalek is gemeld: de indeling blijft zoals ze is.',
  },
  {
    en: 'A dismissed or closed incident is not classified.',
    nl: 'Een afgewezen of gesloten incident wordt niet ingedeeld.',
  },
  {
    en: 'Only a data breach that must be reported is reported.',
    nl: 'Alleen een datalek dat gemeld moet worden, wordt gemeld.',
  },
  {
    en: 'It cannot be reported before it was noticed.',
    nl: 'Het kan niet gemeld zijn voordat het werd opgemerkt.',
  },
  {
    en: 'Reported after 72 hours: give the reason for the delay (art. 33(1) GDPR).',
    nl: 'Gemeld na 72 uur: geef de reden van de vertraging (art. 33 lid 1 AVG).',
  },
  { en: 'This breach has been reported already.', nl: 'Dit datalek is al gemeld.' },
  {
    en: 'Record the report to the authority before closing this.',
    nl: 'Leg eerst de melding aan de Autoriteit Persoonsgegevens vast.',
  },
  {
    en: 'Only an open, classified incident is closed.',
    nl: 'Alleen een open, ingedeeld incident kan worden gesloten.',
  },
  // main/console/role-grants.ts
  {
    en: 'Rights held for a while cannot be handed on.',
    nl: 'Tijdelijke rechten kunnen niet worden doorgegeven.',
  },
  {
    en: 'There is no such operator (or they are disabled).',
    nl: 'Deze gebruiker bestaat niet (of is uitgeschakeld).',
  },
  {
    en: '{name} already has this role or a higher one.',
    nl: '{name} heeft deze rol al, of een hogere.',
  },
  { en: 'The end must be later than now.', nl: 'Het einde moet later zijn dan nu.' },
  {
    en: 'Short-term rights last at most 24 hours.',
    nl: 'Tijdelijke rechten duren hoogstens 24 uur.',
  },
  {
    en: 'Only an office manager breaks the glass.',
    nl: 'Alleen een officemanager neemt noodtoegang.',
  },
  { en: 'These rights have ended already.', nl: 'Deze rechten zijn al beëindigd.' },
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
  // main/backup/restore.ts and the test restore (main/backup/handlers.ts)
  {
    en: 'The passphrase does not open this backup.',
    nl: 'Deze wachtwoordzin opent deze back-up niet.',
  },
  {
    en: 'This backup is damaged, changed or not this kiosk’s: it cannot be restored.',
    nl: 'Deze back-up is beschadigd, veranderd of niet van deze kiosk: hij kan niet worden teruggezet.',
  },
  { en: 'There is no backup {number}.', nl: 'Er is geen back-up {number}.' },
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
  {
    en: 'This badge does not open the evacuation list.',
    nl: 'Met deze pas kunt u de ontruimingslijst niet openen.',
  },
  { en: 'The console is locked.', nl: 'Het beheerdeel is vergrendeld.' },
  { en: 'Your role may not do this.', nl: 'Dit mag niet met uw rol.' },
  // main/console/handlers.ts
  {
    en: 'Nobody has employee number {employeeId}.',
    nl: 'Niemand heeft personeelsnummer {employeeId}.',
  },
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
  // main/privacy/subject-requests.ts
  { en: 'There is no visit {id}.', nl: 'Bezoek {id} bestaat niet.' },
  {
    en: 'Visit {id} has no visitor details left.',
    nl: 'Van bezoek {id} zijn geen bezoekersgegevens meer over.',
  },
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
];
