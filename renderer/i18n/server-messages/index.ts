/**
 * What the services say to a person, by area of the kiosk. Order does not matter: where two
 * templates fit a message, the one with more fixed text wins (server-text.ts).
 */
import type { ServerMessage } from './types';
import { files } from './files';
import { building } from './building';
import { sitePeople } from './site-people';
import { badgesReception } from './badges-reception';
import { consoleArea } from './console';

export type { ServerMessage };

export const serverMessages: ServerMessage[] = [
  ...files,
  ...building,
  ...sitePeople,
  ...badgesReception,
  ...consoleArea,

  // The loosest: "where: why", each part translated on its own if it can be.
  { en: '{where}: {reason}', nl: '{where}: {reason}' },
];
