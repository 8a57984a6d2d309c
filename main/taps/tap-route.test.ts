/**
 * The route of a tap through the whole kiosk: the screen says what taps are for (a call), the
 * reader reports a tag, reception does what that screen means, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { testLobby } from '../../test/support/lobby';
import { useTempDir } from '../../test/support/temp';
import { importRegisters } from '../../test/support/registers';
import { createServices } from '../app/services';
import type { TagTap } from './calls';

const marleen = '90E6D3A0'; // a staff badge in the fixture tag register

describe('a tap means what the open screen means', () => {
  const dir = useTempDir();

  it('taps staff in at the lobby, and not at the PIN pad, the Tags tab or the desk', async () => {
    const lobby = await testLobby(dir(), { development: true });
    try {
      const s = createServices(lobby.db);
      await importRegisters(s, ['site', 'staff', 'tags']);
      s.settings.set('reception', { staffPresence: true });
      const taps: TagTap[] = [];
      lobby.events.subscribe((event, payload) => {
        if (event === 'tagTapped') taps.push(payload as TagTap);
      });
      const tapAt = async (purpose: 'reception' | 'desk' | 'identify') => {
        expect(await lobby.dispatch('setTapPurpose', [purpose])).toEqual({ ok: true, value: null });
        await lobby.dispatch('simulateTap', [marleen]);
        await expect.poll(() => taps.length).toBeGreaterThan(0);
        return taps.splice(0).at(-1)!;
      };
      // An operator naming herself at the PIN pad, or opening her tag: no flip on the BHV list.
      expect((await tapAt('identify')).reception).toBeNull();
      expect((await tapAt('desk')).reception).toBeNull();
      expect((await tapAt('reception')).reception).toMatchObject({ outcome: 'staffIn' });
      expect((await tapAt('identify')).holder).toMatchObject({ kind: 'person' });
      expect((await tapAt('reception')).reception).toMatchObject({ outcome: 'staffOut' });
    } finally {
      await lobby.close();
    }
  });
});
