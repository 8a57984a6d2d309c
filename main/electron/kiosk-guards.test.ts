import { EventEmitter } from 'node:events';
import type { BrowserWindow, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardDownloads, guardWindowClose } from './kiosk-guards';

/** An Electron event as handlers see it: preventDefault marks it. */
const electronEvent = () => {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

/** A download item as Electron hands it over: where from, its name, where the dialog starts. */
const download = (url: string, name: string) =>
  Object.assign(new EventEmitter(), {
    dialog: null as unknown,
    getURL: () => url,
    getFilename: () => name,
    setSaveDialogOptions(options: unknown) {
      this.dialog = options;
    },
  });

describe('kiosk guards', () => {
  it('keeps the window open unless quitting is allowed', () => {
    const window = new EventEmitter();
    let allowed = false;
    guardWindowClose(window as unknown as BrowserWindow, () => allowed);
    const first = electronEvent();
    window.emit('close', first);
    expect(first.prevented).toBe(true);
    allowed = true;
    const second = electronEvent();
    window.emit('close', second);
    expect(second.prevented).toBe(false);
  });

  it('refuses a download a page asks for, and says so in the log', () => {
    const session = new EventEmitter();
    const logged: string[] = [];
    guardDownloads(session as unknown as Session, '/home/kiosk/Downloads', (m) => logged.push(m));
    for (const url of [
      'https://example.org/x.exe',
      'blob:https://example.org/1',
      'file:///etc/passwd',
    ]) {
      const event = electronEvent();
      session.emit('will-download', event, download(url, 'x.exe'), {});
      expect(event.prevented, url).toBe(true);
    }
    expect(logged).toEqual(Array(3).fill('a download was refused'));
  });

  it('offers a file of its own screens in a save dialog, in the downloads folder', () => {
    const session = new EventEmitter();
    const logged: string[] = [];
    guardDownloads(session as unknown as Session, '/home/kiosk/Downloads', (m) => logged.push(m));
    const event = electronEvent();
    const item = download('blob:app://lobby/2b1f', '../../report 2025-11.pdf');
    session.emit('will-download', event, item, {});
    expect(event.prevented).toBe(false);
    expect(item.dialog).toEqual({ defaultPath: '/home/kiosk/Downloads/report 2025-11.pdf' });
    item.emit('done', {}, 'completed');
    expect(logged).toEqual(['a file from the console: completed']);
  });
});
