import { describe, expect, it } from 'vitest';
import { testLobby } from '../../test/support/lobby';
import { useTempDir } from '../../test/support/temp';
import { callChannels, publicCalls } from '../contract/features';
import { createServices } from './services';

describe('the composition root', () => {
  const dir = useTempDir();

  it('refuses every call but the home screen’s while the staff area is locked', async () => {
    const lobby = await testLobby(dir(), { development: false });
    try {
      const staffCalls = callChannels.filter((c) => !publicCalls.has(c));
      expect(staffCalls).toContain('listPeople');
      for (const channel of staffCalls) {
        // Whatever the arguments: the lock is checked before they are looked at.
        expect(await lobby.dispatch(channel, []), channel).toMatchObject({
          ok: false,
          error: { code: 'unauthorized' },
        });
      }
      expect(await lobby.dispatch('getConsoleSession', [])).toMatchObject({
        ok: true,
        value: { unlocked: false },
      });

      // Unlocked, the same calls go through.
      createServices(lobby.db).consoleLock.setPin('482913', 'test');
      expect(await lobby.dispatch('unlockConsole', ['482913', null])).toMatchObject({ ok: true });
      expect(await lobby.dispatch('listPeople', [])).toEqual({ ok: true, value: [] });
      // Who looked at the staff list, and the call each entry came from, are in the audit trail.
      expect(createServices(lobby.db).audit.recent(2)).toMatchObject([
        { actor: 'Beheerder', action: 'view', subject: 'listPeople' },
        { actor: 'Beheerder', action: 'staff.unlock', screen: 'unlockConsole' },
      ]);
      expect(await lobby.dispatch('lockConsole', [])).toMatchObject({ ok: true });
      expect(await lobby.dispatch('listPeople', [])).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    } finally {
      await lobby.close();
    }
  });
});
