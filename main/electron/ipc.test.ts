import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { fakeDispatch } from '../../test/support/fake-handlers';
import type { EventPayloads } from '../contract/features';
import type { Dispatch } from '../ipc/dispatch';
import { EventHub } from '../ipc/events';
import { callChannel, eventChannel } from '../ipc/bridge';
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
  ({ senderFrame: frame, sender: { id: 1, once: () => {} } }) as unknown as IpcMainInvokeEvent;
const trusted = (frame: WebFrameMain | null) => frame === kioskFrame;

const dispatch: Dispatch = fakeDispatch();

describe('registerContract (the Electron handler helper)', () => {
  it('registers the one call channel and removes it again', () => {
    const ipc = fakeIpcMain();
    const unregister = registerContract(ipc, dispatch, trusted);
    expect([...ipc.handlers.keys()]).toEqual([callChannel]);
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers a trusted frame through the dispatch', async () => {
    const ipc = fakeIpcMain();
    registerContract(ipc, dispatch, trusted);
    const handler = ipc.handlers.get(callChannel)!;
    expect(await handler(eventFrom(kioskFrame), 'setDefaultLocale', ['en'])).toEqual({
      ok: true,
      value: { defaultLocale: 'en', timeZone: 'Europe/Amsterdam' },
    });
  });

  it('returns invalid_argument for a wrong argument type, unknown_channel for a made-up call', async () => {
    const ipc = fakeIpcMain();
    registerContract(ipc, dispatch, trusted);
    const handler = ipc.handlers.get(callChannel)!;
    expect(
      await handler(eventFrom(kioskFrame), 'setDefaultLocale', [{ locale: 42 }]),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
    for (const channel of ['constructor', '__proto__', 42, 'deleteEverything']) {
      expect(await handler(eventFrom(kioskFrame), channel, [])).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
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
      expect(
        await ipc.handlers.get(callChannel)!(eventFrom(frame), 'getAppInfo', []),
      ).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    expect(calls).toBe(0);
  });

  it('serves each window as a client of its own, for as long as the window lives', async () => {
    const ipc = fakeIpcMain();
    const seen: unknown[] = [];
    registerContract(
      ipc,
      async (channel, args, client) => {
        seen.push(client);
        return dispatch(channel, args, client);
      },
      trusted,
    );
    const closers = new Map<number, () => void>();
    const windowEvent = (id: number) =>
      ({
        senderFrame: kioskFrame,
        sender: { id, once: (_: string, close: () => void) => void closers.set(id, close) },
      }) as unknown as IpcMainInvokeEvent;
    const handler = ipc.handlers.get(callChannel)!;
    for (const id of [1, 1, 2]) await handler(windowEvent(id), 'getAppInfo', []);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).not.toBe(seen[2]);
    // A window closed and one opened with its id: a new client, not the old one's session.
    closers.get(1)!();
    await handler(windowEvent(1), 'getAppInfo', []);
    expect(seen[3]).not.toBe(seen[0]);
  });
});

describe('forwardEvents', () => {
  it('sends each event on the event channel to every target', () => {
    const hub = new EventHub<EventPayloads>();
    const sent: [string, unknown][] = [];
    forwardEvents(hub, () => [{ send: (c, p) => sent.push([c, p]) }]);
    hub.publish('readerStatus', { state: 'online', readers: ['R'] });
    expect(sent).toEqual([
      [eventChannel, { event: 'readerStatus', payload: { state: 'online', readers: ['R'] } }],
    ]);
  });
});
