import type { ServerMessage } from './types';

/** Badges, taps, and the reception desk. */
export const badgesReception: ServerMessage[] = [
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
  {
    en: 'This sign-out can no longer be undone.',
    nl: 'Dit afmelden kan niet meer ongedaan worden gemaakt.',
  },
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
  // main/reception/handlers.ts
  {
    en: 'Too many searches for a host. Wait a moment.',
    nl: 'Er is te vaak naar een gastheer gezocht. Wacht even.',
  },
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
];
