import { describe, expect, it } from 'vitest';
import { dataDir } from './data-dir';

describe('dataDir (matches Electron userData for "Lobby")', () => {
  it.each([
    ['linux', {}, '/home/w/.config/Lobby'],
    ['linux', { XDG_CONFIG_HOME: '/cfg' }, '/cfg/Lobby'],
    ['darwin', {}, '/home/w/Library/Application Support/Lobby'],
    [
      'win32',
      { APPDATA: 'C:\\Users\\w\\AppData\\Roaming' },
      'C:\\Users\\w\\AppData\\Roaming\\Lobby',
    ],
  ] as const)('%s %j', (platform, env, expected) => {
    expect(dataDir(platform, env, '/home/w')).toBe(expected);
  });
});
