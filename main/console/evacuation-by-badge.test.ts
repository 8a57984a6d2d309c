/**
 * In an emergency a BHV team member's badge, tapped at the kiosk's reader, opens the evacuation
 * list and the roll call without a PIN, and nothing else; a badge only named by a client, or of
 * someone not on the team, opens nothing.
 */
import { describe, expect, it } from 'vitest';
import { importRegisters } from '../../test/support/registers';
import { testLobby } from '../../test/support/lobby';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';

describe('the evacuation list by a BHV badge', () => {
  const dir = useTempDir();

  it('opens for a team member’s badge just tapped, for the evacuation calls alone', async () => {
    const lobby = await testLobby(dir(), { development: true });
    try {
      const s = createServices(lobby.db);
      await importRegisters(s, ['site', 'staff', 'tags']);
      s.consoleLock.setPin('482913', 'test');
      const badgeOf = (employeeId: string) =>
        lobby.db
          .prepare<[number], string>(
            'SELECT t.uid FROM tags t JOIN tag_custody c ON c.tag_id = t.id WHERE c.person_id = ? AND c.ended_at IS NULL',
          )
          .pluck()
          .get(s.people.byEmployeeId(employeeId)!.id)!;
      const team = s.people.byEmployeeId('E1003')!;
      s.people.update(team.id, { ...team, bhv: true });
      const [member, other] = [badgeOf('E1003'), badgeOf('E1001')];
      const open = (uid: string) => lobby.dispatch('openEvacuationByBadge', [uid]);
      const tap = async (uid: string) => {
        await lobby.dispatch('simulateTap', [uid]);
        await new Promise((r) => setTimeout(r, 50));
      };

      // Named by a client without a tap: nothing; someone not on the team: nothing.
      expect(await open(member)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      await tap(other);
      expect(await open(other)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

      await tap(member);
      expect(await open(member)).toMatchObject({
        ok: true,
        value: { unlocked: true, evacuationOnly: true, operator: { name: /\(BHV\)$/ } },
      });
      expect(await lobby.dispatch('getPresence', [])).toMatchObject({ ok: true });
      expect(await lobby.dispatch('startRollCall', ['drill'])).toMatchObject({
        ok: true,
      });
      for (const [call, args] of [
        ['listVisits', [null]],
        ['listPeople', []],
        ['exportPersonData', ['E1001']],
      ] as const)
        expect(await lobby.dispatch(call, args), call).toMatchObject({
          ok: false,
          error: { code: 'unauthorized' },
        });
      expect(s.audit.recent(50).map((e) => [e.actor, e.action])).toContainEqual([
        expect.stringMatching(/\(BHV\)$/),
        'staff.unlock',
      ]);
    } finally {
      await lobby.close();
    }
  });
});
