import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { callChannels, eventChannels, type Result } from '../ipc/contract';
import type { Dispatch } from '../ipc/dispatch';
import type { EventHub } from '../ipc/events';

export type FrameCheck = (frame: WebFrameMain | null) => boolean;

const refused: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Calls are accepted only from the kiosk page.' },
};

/**
 * The one helper every IPC handler goes through: the sender frame is checked, then the shared
 * dispatch parses the arguments from `unknown` and turns every outcome into a Result.
 */
export function registerContract(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedFrame: FrameCheck,
): () => void {
  for (const channel of callChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
      isTrustedFrame(event.senderFrame) ? dispatch(channel, args) : refused,
    );
  }
  return () => callChannels.forEach((channel) => ipcMain.removeHandler(channel));
}

export interface EventTarget {
  send(channel: string, payload: unknown): void;
}

/** Pushed events reach the renderer on `event:<name>`, the preload's only listening channels. */
export function forwardEvents(events: EventHub, targets: () => EventTarget[]): () => void {
  const names = new Set<string>(eventChannels);
  return events.subscribe((event, payload) => {
    if (!names.has(event)) return;
    for (const target of targets()) target.send(`event:${event}`, payload);
  });
}
