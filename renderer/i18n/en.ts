import type { MessageKey } from './nl';

export const en: Record<MessageKey, string> = {
  'app.loading': 'Starting Lobby…',
  'home.welcome': 'Welcome',
  'home.welcomeAt': 'Welcome to {site}',
  'home.visitor': 'Sign in as visitor',
  'home.visitorHint': 'For an appointment, an interview or a delivery',
  'home.staff': 'Staff',
  'home.staffHint': 'Reception and administration',
  'home.tapHint': 'Have a badge? Hold it against the reader.',
  'reader.online': 'Badge reader ready',
  'reader.offline': 'Badge reader offline',
  'reader.absent': 'No badge reader connected',
  'language.choose': 'Language',
  'visitor.title': 'Sign in as visitor',
  'visitor.body':
    'Self sign-in is not switched on at this kiosk yet. Please go to reception; we will help you straight away.',
  'staff.title': 'Staff',
  'staff.body':
    'The administration screens are not switched on at this kiosk yet. For now, use the command line (lobby --help).',
  'tap.hello': 'Hello {name}',
  'tap.visitorBadge': 'Visitor badge {label}',
  'tap.visitorBadgeUnlabelled': 'Visitor badge',
  'tap.unknown': 'Unknown badge',
  'tap.unknownHint': 'This badge is not known here. Please go to reception.',
  'tap.blocked': 'This badge is no longer valid. Please go to reception.',
  'dev.title': 'Test badge (development only)',
  'dev.uid': 'Badge UID',
  'dev.tap': 'Tap test badge',
  'dev.invalid':
    'Not a valid UID. Type 8, 14 or 20 hexadecimal characters, for example 04:A2:2B:1A.',
  'common.back': 'Back',
  'common.retry': 'Try again',
  'error.unavailable':
    'Lobby cannot reach its own service. Try again in a moment; if it keeps failing, tell reception.',
  'error.invalid_argument': 'This input could not be processed. Check the details and try again.',
  'error.not_found': 'This no longer exists. Refresh the screen and try again.',
  'error.conflict': 'Someone else has just changed this. Refresh the screen and try again.',
  'error.unauthorized': 'This is not allowed from this screen. Ask the office manager for help.',
  'error.unknown_channel':
    'This screen does not match the service version. Restart Lobby; if it persists, report it.',
  'error.internal':
    'Something went wrong inside Lobby. Nothing was lost; try again or tell reception.',
};
