/** Dutch, the kiosk's default language. Every key here must exist in en.ts (the type checks it). */
export const nl = {
  'app.loading': 'Lobby wordt gestart…',
  'home.welcome': 'Welkom',
  'home.welcomeAt': 'Welkom bij {site}',
  'home.visitor': 'Aanmelden als bezoeker',
  'home.visitorHint': 'Voor een afspraak, sollicitatie of levering',
  'home.staff': 'Medewerkers',
  'home.staffHint': 'Receptie en beheer',
  'home.tapHint': 'Heeft u een pas? Houd hem tegen de lezer.',
  'reader.online': 'Paslezer klaar',
  'reader.offline': 'Paslezer offline',
  'reader.absent': 'Geen paslezer aangesloten',
  'language.choose': 'Taal',
  'visitor.title': 'Aanmelden als bezoeker',
  'visitor.body':
    'Zelf aanmelden is op deze kiosk nog niet ingeschakeld. Meld u bij de receptie; wij helpen u direct.',
  'staff.title': 'Medewerkers',
  'staff.body':
    'De beheerschermen zijn op deze kiosk nog niet ingeschakeld. Gebruik voorlopig de opdrachtregel (lobby --help).',
  'tap.hello': 'Hallo {name}',
  'tap.visitorBadge': 'Bezoekerspas {label}',
  'tap.visitorBadgeUnlabelled': 'Bezoekerspas',
  'tap.unknown': 'Onbekende pas',
  'tap.unknownHint': 'Deze pas is hier niet bekend. Meld u bij de receptie.',
  'tap.blocked': 'Deze pas is niet meer geldig. Meld u bij de receptie.',
  'dev.title': 'Testpas (alleen ontwikkeling)',
  'dev.uid': 'UID van de pas',
  'dev.tap': 'Tik testpas',
  'dev.invalid': 'Geen geldige UID. Typ 8, 14 of 20 hexadecimale tekens, bijvoorbeeld 04:A2:2B:1A.',
  'common.back': 'Terug',
  'common.retry': 'Opnieuw proberen',
  'error.unavailable':
    'Lobby kan zijn eigen dienst niet bereiken. Probeer het zo opnieuw; blijft het misgaan, meld het dan bij de receptie.',
  'error.invalid_argument':
    'Deze invoer kon niet worden verwerkt. Controleer de gegevens en probeer het opnieuw.',
  'error.not_found': 'Dit bestaat niet (meer). Ververs het scherm en probeer het opnieuw.',
  'error.conflict':
    'Iemand anders heeft dit net gewijzigd. Ververs het scherm en probeer het opnieuw.',
  'error.unauthorized': 'Dit mag vanaf dit scherm niet. Vraag de office manager om hulp.',
  'error.unknown_channel':
    'Deze versie van het scherm past niet bij de dienst. Herstart Lobby; blijft het, meld het dan.',
  'error.internal':
    'Er ging iets mis in Lobby. Er is niets verloren gegaan; probeer het opnieuw of meld het bij de receptie.',
} as const;

export type MessageKey = keyof typeof nl;
