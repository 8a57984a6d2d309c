/**
 * Runs sandboxed in the kiosk window. It exposes one function for calls and one for events and
 * never `ipcRenderer` itself; the main process checks the sender and the channel of every call.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { callChannel, eventChannel, type KioskBridge } from '../ipc/bridge';

const bridge: KioskBridge = {
  call: (channel, args) => ipcRenderer.invoke(callChannel, channel, args),
  subscribe(event, listener) {
    const wrapped = (_e: IpcRendererEvent, message: { event: string; payload: unknown }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(eventChannel, wrapped);
    return () => {
      ipcRenderer.removeListener(eventChannel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('lobbyBridge', bridge);
