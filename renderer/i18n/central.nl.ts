/** The central store on screen, in Dutch. Merged into nl.ts. */
export const centralNl = {
  'central.title': 'Centrale opslag',
  'central.summaryJoined': 'Centrale opslag: deze kiosk is {name}',
  'central.summaryAlone': 'Centrale opslag: deze kiosk werkt op zichzelf',
  'central.alone':
    'Deze kiosk werkt op zichzelf. Met een centrale opslag delen de kiosken van het gebouw bezoeken, passen en de ontruimingslijst.',
  'central.credentials': 'Toegangsgegevens van deze kiosk (van de IT-afdeling)',
  'central.join': 'Aansluiten',
  'central.joinAsk': 'Alleen de privacyfunctionaris sluit een kiosk aan.',
  'central.kiosk': 'Deze kiosk: {name}',
  'central.waiting': 'Wacht op verzenden: {count}',
  'central.lastPush': 'Laatst verzonden: {at}',
  'central.lastPull': 'Laatst opgehaald: {at}',
  'central.never': 'nog niet',
  'central.away':
    'De centrale opslag is nu niet bereikbaar. Deze kiosk werkt gewoon door en verstuurt alles zodra de verbinding terug is.',
  'central.kiosks': 'Kiosken',
  'central.contact': '{name}: laatst contact {at}',
  'central.conflicts': 'Beslist tegen deze kiosk',
  'central.conflict.badgeGivenTwice':
    '{at}: hier ging een pas mee die een andere kiosk eerder uitgaf. De eerste uitgifte geldt: kijk wie de pas heeft.',
  'central.conflict.signedInTwice':
    '{at}: een verwachte bezoeker werd hier aangemeld, maar eerder al bij een andere kiosk. De eerste aanmelding geldt.',
  'central.parked': 'Wachten op iets dat nog niet binnen is: {count}',
  'central.sync': 'Nu bijwerken',
  'central.synced': 'Bijgewerkt.',
  'central.local':
    'Gebouwexports en de toegangscontrole blijven op de kiosk die ze importeert; ze gaan niet naar de centrale opslag.',
};
