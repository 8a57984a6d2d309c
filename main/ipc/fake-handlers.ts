import type { Handlers } from './dispatch';

/** Minimal, predictable handlers for testing the transports and the dispatch itself. */
export function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    getAppInfo: () => ({ version: '1', siteName: 'S', transport: 'browser', development: false }),
    getKioskSettings: () => ({ defaultLocale: 'nl' }),
    setDefaultLocale: (locale) => ({ defaultLocale: locale }),
    getReaderStatus: () => ({ state: 'absent', readers: [], detail: null }),
    submitWedgeInput: () => null,
    simulateTap: () => null,
    ...overrides,
  };
}
