/**
 * Runs sandboxed in the kiosk window. It exposes one named method per contract call and never
 * `ipcRenderer` itself; only types come from the contract, so the bundle needs nothing but electron.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  CallChannel,
  CallInput,
  CallResults,
  EventChannel,
  EventPayloads,
  KioskApi,
  Result,
} from '../ipc/contract';

function invoke<C extends CallChannel>(channel: C, ...args: CallInput<C>) {
  return ipcRenderer.invoke(channel, ...args) as Promise<Result<CallResults[C]>>;
}

const api = {
  getAppInfo: () => invoke('getAppInfo'),
  getKioskSettings: () => invoke('getKioskSettings'),
  setDefaultLocale: (locale) => invoke('setDefaultLocale', locale),
  getReaderStatus: () => invoke('getReaderStatus'),
  submitWedgeInput: (typed) => invoke('submitWedgeInput', typed),
  simulateTap: (uid) => invoke('simulateTap', uid),
  getStaffSession: () => invoke('getStaffSession'),
  unlockStaff: (pin) => invoke('unlockStaff', pin),
  lockStaff: () => invoke('lockStaff'),
  listPeople: () => invoke('listPeople'),
  getPerson: (id) => invoke('getPerson', id),
  listTags: () => invoke('listTags'),
  getTag: (id) => invoke('getTag', id),
  enrollTag: (input) => invoke('enrollTag', input),
  assignTag: (input) => invoke('assignTag', input),
  returnTag: (id) => invoke('returnTag', id),
  reportTagLost: (input) => invoke('reportTagLost', input),
  markTagNotReturned: (id) => invoke('markTagNotReturned', id),
  replaceTag: (input) => invoke('replaceTag', input),
  listIncidents: () => invoke('listIncidents'),
  markBuildingNotified: (id) => invoke('markBuildingNotified', id),
  listZones: () => invoke('listZones'),
  savePerson: (person) => invoke('savePerson', person),
  getSiteConfig: () => invoke('getSiteConfig'),
  saveSiteConfig: (site) => invoke('saveSiteConfig', site),
  previewImport: (file) => invoke('previewImport', file),
  runImport: (file) => invoke('runImport', file),
  uploadChunk: (chunk) => invoke('uploadChunk', chunk),
  inspectBuildingUpload: (request) => invoke('inspectBuildingUpload', request),
  startBuildingImport: (request) => invoke('startBuildingImport', request),
  cancelBuildingImport: (jobId) => invoke('cancelBuildingImport', jobId),
  listBuildingImports: () => invoke('listBuildingImports'),
  addEventTextRule: (rule) => invoke('addEventTextRule', rule),
  subscribe<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void) {
    const channel = `event:${event}`;
    const wrapped = (_event: IpcRendererEvent, payload: EventPayloads[E]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
} satisfies KioskApi;

contextBridge.exposeInMainWorld('kiosk', api);
