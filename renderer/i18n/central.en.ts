import type { centralNl } from './central.nl';

/** The central store on screen, in English. Merged into en.ts. */
export const centralEn: Record<keyof typeof centralNl, string> = {
  'central.title': 'Central store',
  'central.summaryJoined': 'Central store: this kiosk is {name}',
  'central.summaryAlone': 'Central store: this kiosk works on its own',
  'central.alone':
    'This kiosk works on its own. With a central store the building’s kiosks share visits, badges and the evacuation list.',
  'central.credentials': 'This kiosk’s credentials (from IT)',
  'central.join': 'Join',
  'central.joinAsk': 'Only the privacy officer joins a kiosk.',
  'central.kiosk': 'This kiosk: {name}',
  'central.waiting': 'Waiting to be sent: {count}',
  'central.lastPush': 'Last sent: {at}',
  'central.lastPull': 'Last fetched: {at}',
  'central.never': 'not yet',
  'central.away':
    'The central store cannot be reached now. This kiosk keeps working and sends everything once the connection is back.',
  'central.kiosks': 'Kiosks',
  'central.contact': '{name}: last contact {at}',
  'central.conflicts': 'Decided against this kiosk',
  'central.conflict.badgeGivenTwice':
    '{at}: a badge went out here that another kiosk had given out first. The first hand-out stands: check who has the badge.',
  'central.conflict.signedInTwice':
    '{at}: an expected visitor was signed in here, but at another kiosk first. The first sign-in stands.',
  'central.parked': 'Waiting for something not here yet: {count}',
  'central.sync': 'Update now',
  'central.synced': 'Updated.',
  'central.local':
    'The building’s exports and the access review stay on the kiosk that imports them; they do not go to the central store.',
};
