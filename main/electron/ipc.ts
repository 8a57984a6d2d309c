import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { Result } from '../../vocabulary';
import { newClient, type Client } from '../ipc/call-context';
import type { Dispatch } from '../ipc/dispatch';
import type { EventSource } from '../ipc/events';
import { callChannel, eventChannel } from '../ipc/bridge';

export type FrameCheck = (frame: WebFrameMain | null) => boolean;

const refused: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Calls are accepted only from the kiosk page.' },
};

/**
 * The one IPC handler every call goes through: the sender frame is checked, then the shared
 * dispatch checks the channel, parses the arguments from `unknown` and returns a Result.
 */
export function registerContract(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedFrame: FrameCheck,
): () => void {
  // Each window is a client of its own: a console session opened in one is not another's.
  const clients = new Map<number, Client>();
  const clientOf = (event: IpcMainInvokeEvent): Client => {
    let client = clients.get(event.sender.id);
    if (!client) {
      client = newClient();
      clients.set(event.sender.id, client);
      event.sender.once('destroyed', () => clients.delete(event.sender.id));
    }
    return client;
  };
  ipcMain.handle(callChannel, (event: IpcMainInvokeEvent, channel: unknown, args: unknown) => {
    if (!isTrustedFrame(event.senderFrame)) return refused;
    return dispatch(typeof channel === 'string' ? channel : '', args, clientOf(event));
  });
  return () => ipcMain.removeHandler(callChannel);
}

export interface EventTarget {
  send(channel: string, payload: unknown): void;
}

/** Pushed events reach the renderer on one channel, as `{ event, payload }`. */
export function forwardEvents(events: EventSource, targets: () => EventTarget[]): () => void {
  return events.subscribe((event, payload) => {
    for (const target of targets()) target.send(eventChannel, { event, payload });
  });
}
