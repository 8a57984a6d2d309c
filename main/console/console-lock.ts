/**
 * The console of a kiosk that stands in a public lobby: locked by a PIN (stored as a scrypt
 * hash), unlocked for one operator at a time, and locked again after a quiet spell. The check is
 * made by the services for every console call, not by the screen.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type { SettingsRepo } from '../../db/repos/settings';
import type { UnlockAttemptsRepo } from '../../db/repos/unlock-attempts';
import { AppError } from '../ipc/errors';
import type { ConsoleSession } from './calls';

const StoredPin = z.object({ salt: z.string(), hash: z.string() });
/** Six digits at least: at a touchscreen in a public lobby, four fall to patient guessing. */
export const Pin = z.string().regex(/^\d{6,12}$/, 'a PIN is 6 to 12 digits');

const idleMs = 2 * 60 * 1000;
/** Wrong PINs in a row before the first wait; each further one doubles it, up to an hour. */
const freeAttempts = 5;
const firstWaitMs = 60 * 1000;
const longestWaitMs = 60 * 60 * 1000;

/** How long after the last of `failures` wrong PINs in a row the next try is refused. */
export function backOffMs(failures: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(longestWaitMs, firstWaitMs * 2 ** (failures - freeAttempts));
}

function hashPin(pin: string, salt: Buffer): Buffer {
  return crypto.scryptSync(pin, salt, 32, { N: 1 << 14, r: 8, p: 1 });
}

export function consoleLock(deps: {
  settings: SettingsRepo;
  attempts: UnlockAttemptsRepo;
  audit: AuditRepo;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  let unlockedUntil = 0;

  /** Milliseconds until the next try is heard; kept in the database, so a restart waits too. */
  const blockedMs = (): number => {
    const { count, last } = deps.attempts.failuresSinceSuccess();
    if (!last) return 0;
    return Math.max(0, last.getTime() + backOffMs(count) - now());
  };

  const session = (): ConsoleSession => ({
    pinSet: deps.settings.get('staff.pin', StoredPin.nullable(), null) !== null,
    unlocked: now() < unlockedUntil,
    idleMs,
    blockedMs: blockedMs(),
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
      const wait = blockedMs();
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        throw new AppError('unauthorized', `Too many wrong PINs. Try again in ${seconds} seconds.`);
      }
      const stored = deps.settings.get('staff.pin', StoredPin.nullable(), null);
      if (!stored)
        throw new AppError(
          'unauthorized',
          'No staff PIN is set. Set one with "lobby admin set-pin".',
        );
      const expected = Buffer.from(stored.hash, 'base64');
      const given = hashPin(pin, Buffer.from(stored.salt, 'base64'));
      const right = crypto.timingSafeEqual(expected, given);
      deps.attempts.record(new Date(now()), right);
      if (!right) {
        deps.audit.record({ actor: 'kiosk', action: 'staff.unlockFailed' });
        throw new AppError('unauthorized', 'That PIN is not right.');
      }
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
