import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { operatorRoles, type OperatorRole } from '../../vocabulary';
import { createServices } from '../app/services';
import { callChannels, publicCalls } from '../contract/features';
import { mayAct } from '../console/console-lock';
import { authorizeCall } from './authorize';
import { permissions } from './permissions';
import { permissionsMarkdown } from './permissions-doc';

/** A console opened by an operator of `role` (or by nobody). */
function consoleOf(role: OperatorRole | null) {
  const db = openDatabase(':memory:');
  const lock = createServices(db).consoleLock;
  lock.setUpFirst({ name: 'Privacy', pin: '900100' });
  if (role) {
    lock.add({ name: 'Op', role, personId: null, pin: '123789' }, 'test');
    lock.unlock('123789', null);
  }
  return lock;
}

describe('permissions', () => {
  it('say "public" for exactly the calls the features list as public', () => {
    const table = callChannels.filter((c) => permissions[c] === 'public').sort();
    expect(table).toEqual([...publicCalls].sort());
  });

  it.each([null, ...operatorRoles])(
    'refuse every call %s may not make, and allow the rest',
    (role) => {
      const lock = consoleOf(role);
      for (const channel of callChannels) {
        const needed = permissions[channel];
        const allowed = needed === 'public' || (role !== null && mayAct(role, needed));
        const attempt = () => authorizeCall(channel, lock);
        if (allowed) expect(attempt, `${role} → ${channel}`).not.toThrow();
        else expect(attempt, `${role} → ${channel}`).toThrow(/locked|role may not/);
      }
    },
  );

  it('are printed in docs/PERMISSIONS.md as they are in the table', () => {
    const doc = fs.readFileSync(
      path.join(import.meta.dirname, '../../docs/PERMISSIONS.md'),
      'utf8',
    );
    expect(doc).toBe(permissionsMarkdown());
  });
});
