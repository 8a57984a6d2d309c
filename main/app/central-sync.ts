/**
 * This kiosk's sync with the central store, composed with what pulled changes mean here: a site
 * file another kiosk imported is applied, and the desk's screens are told of visits, badges and
 * taps that arrived. The running kiosk and `lobby central sync` use the same.
 */
import type { Db } from '../../db/open';
import { centralSync } from '../central';
import type { Services } from './services';

/** What the desk's screens (the desk, the evacuation list, the roll call) show. */
const deskTables = [
  'visits',
  'presence_taps',
  'tag_custody',
  'people',
  'roll_calls',
  'roll_call_entries',
];

export function kioskSync(db: Db, s: Services, visitsChanged: () => void = () => {}) {
  return centralSync(db, {
    siteArrived: () => s.site.adoptDocument('central'),
    changed: (tables) => {
      if (deskTables.some((t) => tables.has(t))) visitsChanged();
    },
  });
}
