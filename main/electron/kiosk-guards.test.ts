import { EventEmitter } from 'node:events';
import type { BrowserWindow, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardWindowClose, refuseDownloads } from './kiosk-guards';

/** An Electron event as handlers see it: preventDefault marks it. */
const electronEvent = () => {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

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

  it('refuses every download and says so in the log', () => {
    const session = new EventEmitter();
    const logged: string[] = [];
    refuseDownloads(session as unknown as Session, (m) => logged.push(m));
    const event = electronEvent();
    session.emit('will-download', event, {}, {});
    expect(event.prevented).toBe(true);
    expect(logged).toEqual(['a download was refused']);
  });
});
