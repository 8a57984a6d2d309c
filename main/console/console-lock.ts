/**
 * The console of a kiosk that stands in a public lobby: locked by a PIN (stored as a scrypt
 * hash), unlocked for one operator at a time, and locked again after a quiet spell. The check is
 * made by the services for every console call, not by the screen.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type { SettingsRepo } from '../../db/repos/settings';
import { AppError } from '../ipc/errors';
import type { ConsoleSession } from './calls';

const StoredPin = z.object({ salt: z.string(), hash: z.string() });
export const Pin = z.string().regex(/^\d{4,12}$/, 'a PIN is 4 to 12 digits');

const idleMs = 2 * 60 * 1000;
const maxAttempts = 5;
const lockoutMs = 60 * 1000;

function hashPin(pin: string, salt: Buffer): Buffer {
  return crypto.scryptSync(pin, salt, 32, { N: 1 << 14, r: 8, p: 1 });
}

export function consoleLock(deps: {
  settings: SettingsRepo;
  audit: AuditRepo;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  let unlockedUntil = 0;
  let failures = 0;
  let blockedUntil = 0;

  const session = (): ConsoleSession => ({
    pinSet: deps.settings.get('staff.pin', StoredPin.nullable(), null) !== null,
    unlocked: now() < unlockedUntil,
    idleMs,
  });

  return {
    session,
    setPin(pin: string, actor: string): void {
      const salt = crypto.randomBytes(16);
      deps.settings.set('staff.pin', {
        salt: salt.toString('base64'),
        hash: hashPin(Pin.parse(pin), salt).toString('base64'),
      });
      deps.audit.record({ actor, action: 'staff.setPin' });
    },
    unlock(pin: string): ConsoleSession {
      if (now() < blockedUntil) {
        throw new AppError('unauthorized', 'Too many wrong PINs. Wait a minute and try again.');
      }
      const stored = deps.settings.get('staff.pin', StoredPin.nullable(), null);
      if (!stored)
        throw new AppError(
          'unauthorized',
          'No staff PIN is set. Set one with "lobby admin set-pin".',
        );
      const expected = Buffer.from(stored.hash, 'base64');
      const given = hashPin(pin, Buffer.from(stored.salt, 'base64'));
      if (!crypto.timingSafeEqual(expected, given)) {
        failures += 1;
        if (failures >= maxAttempts) {
          blockedUntil = now() + lockoutMs;
          failures = 0;
        }
        deps.audit.record({ actor: 'kiosk', action: 'staff.unlockFailed' });
        throw new AppError('unauthorized', 'That PIN is not right.');
      }
      failures = 0;
      unlockedUntil = now() + idleMs;
      deps.audit.record({ actor: 'staff', action: 'staff.unlock' });
      return session();
    },
    lock(): ConsoleSession {
      unlockedUntil = 0;
      return session();
    },
    /** For every console call: refuses when locked, and keeps an active session open. */
    require(): void {
      if (now() >= unlockedUntil) throw new AppError('unauthorized', 'The console is locked.');
      unlockedUntil = now() + idleMs;
    },
  };
}
export type ConsoleLock = ReturnType<typeof consoleLock>;
