import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { Result } from '../../vocabulary';
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
  ipcMain.handle(callChannel, (event: IpcMainInvokeEvent, channel: unknown, args: unknown) => {
    if (!isTrustedFrame(event.senderFrame)) return refused;
    return dispatch(typeof channel === 'string' ? channel : '', args);
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
