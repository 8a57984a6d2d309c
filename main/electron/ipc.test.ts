import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { callChannels } from '../ipc/contract';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { EventHub } from '../ipc/events';
import { fakeHandlers } from '../ipc/fake-handlers';
import { forwardEvents, registerContract } from './ipc';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Stands in for ipcMain: records handlers so the test can invoke them like Electron would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

const kioskFrame = { url: 'app://lobby/index.html', parent: null } as unknown as WebFrameMain;
const evilFrame = { url: 'https://evil.example/', parent: null } as unknown as WebFrameMain;
const eventFrom = (frame: WebFrameMain | null) =>
  ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;
const trusted = (frame: WebFrameMain | null) => frame === kioskFrame;

const dispatch: Dispatch = createDispatch(fakeHandlers());

describe('registerContract (the Electron handler helper)', () => {
  it('registers exactly the contract channels and removes them again', () => {
    const ipc = fakeIpcMain();
    const unregister = registerContract(ipc, dispatch, trusted);
    expect([...ipc.handlers.keys()].sort()).toEqual([...callChannels].sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers a trusted frame through the dispatch', async () => {
    const ipc = fakeIpcMain();
    registerContract(ipc, dispatch, trusted);
    const handler = ipc.handlers.get('setDefaultLocale')!;
    expect(await handler(eventFrom(kioskFrame), 'en')).toEqual({
      ok: true,
      value: { defaultLocale: 'en' },
    });
  });

  it('returns invalid_argument for a wrong argument type', async () => {
    const ipc = fakeIpcMain();
    registerContract(ipc, dispatch, trusted);
    const handler = ipc.handlers.get('setDefaultLocale')!;
    expect(await handler(eventFrom(kioskFrame), { locale: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });

  it('refuses other frames before parsing anything', async () => {
    const ipc = fakeIpcMain();
    let calls = 0;
    registerContract(
      ipc,
      async (...a) => {
        calls += 1;
        return dispatch(...a);
      },
      trusted,
    );
    for (const frame of [evilFrame, null]) {
      expect(await ipc.handlers.get('getAppInfo')!(eventFrom(frame))).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    expect(calls).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends each event on its event: channel to every target', () => {
    const hub = new EventHub();
    const sent: [string, unknown][] = [];
    forwardEvents(hub, () => [{ send: (c, p) => sent.push([c, p]) }]);
    hub.publish('readerStatus', { state: 'online', readers: ['R'], detail: null });
    expect(sent).toEqual([
      ['event:readerStatus', { state: 'online', readers: ['R'], detail: null }],
    ]);
  });
});
