import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { ConsoleLock } from './console-lock';

export function consoleHandlers(lock: ConsoleLock): Handlers<typeof calls, Results> {
  return {
    getConsoleSession: () => lock.session(),
    unlockConsole: (pin) => lock.unlock(pin),
    lockConsole: () => lock.lock(),
  };
}
