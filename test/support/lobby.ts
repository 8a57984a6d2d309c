/** A whole kiosk in this process on a database in `dir`, without PC/SC readers, for tests. */
import path from 'node:path';
import { createLobby, type Lobby } from '../../main/app/create-lobby';
import { createReaders } from '../../main/app/readers';

/** `development`: test badges can be tapped with `simulateTap`, as the development panel does. */
export async function testLobby(dir: string, opts: { development: boolean }): Promise<Lobby> {
  return createLobby({
    dbFile: path.join(dir, 'lobby.sqlite'),
    transport: 'browser',
    development: opts.development,
    readers: await createReaders({ pcsc: false, development: opts.development }),
    onQuit: () => {},
  });
}
