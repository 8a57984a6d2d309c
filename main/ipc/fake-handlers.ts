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
    getStaffSession: () => ({ pinSet: false, unlocked: false, idleMs: 0 }),
    unlockStaff: () => ({ pinSet: true, unlocked: true, idleMs: 0 }),
    lockStaff: () => ({ pinSet: true, unlocked: false, idleMs: 0 }),
    listPeople: () => [],
    getPerson: () => {
      throw new Error('not in the fake');
    },
    listTags: () => [],
    getTag: () => {
      throw new Error('not in the fake');
    },
    enrollTag: () => {
      throw new Error('not in the fake');
    },
    assignTag: () => {
      throw new Error('not in the fake');
    },
    returnTag: () => {
      throw new Error('not in the fake');
    },
    reportTagLost: () => {
      throw new Error('not in the fake');
    },
    listZones: () => [],
    markTagNotReturned: () => {
      throw new Error('not in the fake');
    },
    replaceTag: () => {
      throw new Error('not in the fake');
    },
    listIncidents: () => [],
    uploadChunk: () => {
      throw new Error('not in the fake');
    },
    inspectBuildingUpload: () => {
      throw new Error('not in the fake');
    },
    startBuildingImport: () => {
      throw new Error('not in the fake');
    },
    cancelBuildingImport: () => null,
    listBuildingImports: () => [],
    addEventTextRule: () => ({ classified: 0 }),
    markBuildingNotified: () => [],
    savePerson: () => {
      throw new Error('not in the fake');
    },
    getSiteConfig: () => {
      throw new Error('not in the fake');
    },
    saveSiteConfig: () => {
      throw new Error('not in the fake');
    },
    previewImport: () => {
      throw new Error('not in the fake');
    },
    runImport: () => {
      throw new Error('not in the fake');
    },
    ...overrides,
  };
}
