/**
 * A fake of every handler, built from the same composition the kiosk uses: a call the test does
 * not override fails with "not in the fake", a few give fixed answers the transports test with.
 */
import {
  callChannels,
  callSchemas,
  type CallResults,
  type CallSchemas,
} from '../../main/contract/features';
import type { Handlers } from '../../main/ipc/feature-contract';
import { createDispatch, type DispatchOptions } from '../../main/ipc/dispatch';

type AllHandlers = Handlers<CallSchemas, CallResults>;

const notInTheFake = () => {
  throw new Error('not in the fake');
};

export function fakeHandlers(overrides: Partial<AllHandlers> = {}): AllHandlers {
  const defaults = Object.fromEntries(callChannels.map((c) => [c, notInTheFake]));
  const answers: Partial<AllHandlers> = {
    getAppInfo: () => ({
      version: '1',
      siteName: 'S',
      siteNames: {},
      transport: 'browser',
      development: false,
    }),
    getKioskSettings: () => ({ defaultLocale: 'nl', timeZone: 'Europe/Amsterdam' }),
    setDefaultLocale: (locale) => ({ defaultLocale: locale, timeZone: 'Europe/Amsterdam' }),
    getReaderStatus: () => ({ state: 'absent', readers: [] }),
    getConsoleSession: () => ({
      setupNeeded: true,
      unlocked: false,
      operator: null,
      evacuationOnly: false,
      idleMs: 0,
      blockedMs: 0,
    }),
  };
  return { ...defaults, ...answers, ...overrides } as AllHandlers;
}

/** The real dispatch over the fake handlers. */
export function fakeDispatch(
  overrides: Partial<AllHandlers> = {},
  opts: DispatchOptions<keyof CallSchemas & string> = {},
) {
  return createDispatch(callSchemas, fakeHandlers(overrides), opts);
}
