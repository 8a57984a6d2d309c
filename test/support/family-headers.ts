/**
 * Header names for the family's columns, in every way vendors write them: UI words in English or
 * Dutch, database words in capitals (`EVENT_TIME_UTC`, `CARDNUM`), PascalCase, camelCase,
 * snake_case, or behind a prefix (`Cardholder - Activation date`).
 */
export type HeaderStyle = 'ui-en' | 'ui-nl' | 'db-caps' | 'pascal' | 'camel' | 'snake' | 'prefixed';

const english = {
  timestamp: ['Event', 'Timestamp'],
  timestampUtc: ['Event', 'Time', 'UTC'],
  date: ['Date'],
  time: ['Time'],
  eventText: ['Event'],
  category: ['Event', 'Type'],
  description: ['Event', 'Description'],
  message: ['Message'],
  opCode: ['Operation', 'ID'],
  opDescription: ['Operation', 'Description'],
  door: ['Door', 'Name'],
  reader: ['Reader'],
  direction: ['Direction'],
  card: ['Card', 'Number'],
  facility: ['Facility', 'Code'],
  cardFormat: ['Card', 'Format'],
  holder: ['Cardholder'],
  firstName: ['First', 'Name'],
  prefix: ['Prefix'],
  lastName: ['Last', 'Name'],
  employeeId: ['Employee', 'ID'],
  company: ['Company'],
  department: ['Department'],
  status: ['Card', 'Status'],
  barred: ['Barred'],
  validFrom: ['Activation', 'Date'],
  validTo: ['Expiration', 'Date'],
  levels: ['Access', 'Levels'],
  eventId: ['Event', 'ID'],
  panel: ['Panel'],
} as const;
export type Word = keyof typeof english;

const dutch: Record<Word, string> = {
  timestamp: 'Tijdstip',
  timestampUtc: 'Tijdstip (UTC)',
  date: 'Datum',
  time: 'Tijd',
  eventText: 'Gebeurtenis',
  category: 'Gebeurtenistype',
  description: 'Omschrijving',
  message: 'Melding',
  opCode: 'Code',
  opDescription: 'Handeling',
  door: 'Deur',
  reader: 'Lezer',
  direction: 'Richting',
  card: 'Kaartnummer',
  facility: 'Sitecode',
  cardFormat: 'Kaartformaat',
  holder: 'Naam',
  firstName: 'Voornaam',
  prefix: 'Tussenvoegsel',
  lastName: 'Achternaam',
  employeeId: 'Personeelsnummer',
  company: 'Bedrijf',
  department: 'Afdeling',
  status: 'Kaartstatus',
  barred: 'Geblokkeerd',
  validFrom: 'Geldig vanaf',
  validTo: 'Geldig tot',
  levels: 'Toegangsprofiel',
  eventId: 'Volgnummer',
  panel: 'Paneel',
};

/** Database exports abbreviate some columns. */
const dbWords: Partial<Record<Word, string>> = {
  card: 'CARDNUM',
  employeeId: 'EMPID',
  description: 'EVDESCR',
  door: 'READERDESC',
};

const group = (word: Word) =>
  ['card', 'facility', 'cardFormat', 'status', 'barred', 'validTo'].includes(word)
    ? 'Credential'
    : [
          'holder',
          'firstName',
          'prefix',
          'lastName',
          'employeeId',
          'company',
          'department',
          'validFrom',
          'levels',
        ].includes(word)
      ? 'Cardholder'
      : ['door', 'reader', 'direction', 'panel'].includes(word)
        ? 'Device'
        : 'Event';

const capital = (w: string) => (w === w.toUpperCase() ? w : w[0]!.toUpperCase() + w.slice(1));

export function headerOf(word: Word, style: HeaderStyle): string {
  const words: readonly string[] = english[word];
  switch (style) {
    case 'ui-en':
      return words.join(' ');
    case 'ui-nl':
      return dutch[word];
    case 'db-caps':
      return dbWords[word] ?? words.join('_').toUpperCase();
    case 'pascal':
      return words.map(capital).join('');
    case 'camel':
      return words.map((w, i) => (i === 0 ? w.toLowerCase() : capital(w))).join('');
    case 'snake':
      return words.join('_').toLowerCase();
    case 'prefixed':
      return `${group(word)} - ${words.join(' ')}`;
  }
}
