import type { ServerMessage } from './types';

/** The site model and the staff list. */
export const sitePeople: ServerMessage[] = [
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
  // main/site/site-service.ts
  { en: 'not valid JSON: {detail}', nl: 'geen geldige JSON: {detail}' },
  {
    en: 'The file leaves out an organisation or profile that people in the staff list still use. Keep it in the file, or change those people first.',
    nl: 'In het bestand ontbreekt een organisatie of profiel dat mensen op de personeelslijst nog hebben. Laat het in het bestand staan, of wijzig eerst die mensen.',
  },
];
