import { describe, expect, it } from 'vitest';
import { staticReaders } from '../../hardware/combine';
import { tapHandlers } from './handlers';
import type { TapService } from './tap-service';

describe('tap handlers', () => {
  it('tell anyone the readers’ state, and only the console why they are offline', async () => {
    const readers = staticReaders({ state: 'offline', readers: [], detail: 'pcscd stopped' });
    const handlers = tapHandlers({ taps: {} as TapService, readers });
    expect(await handlers.getReaderStatus()).toEqual({ state: 'offline', readers: [] });
    expect(await handlers.getReaderDiagnostics()).toMatchObject({ detail: 'pcscd stopped' });
  });
});
