import { describe, expect, it } from 'vitest';
import { diskEncryption } from './disk-encryption';

/** What each operating system's tool answers, as it prints it. */
const answers = (map: Record<string, string>) => async (command: string) => {
  if (!(command in map)) throw new Error(`${command}: not found`);
  return map[command]!;
};

describe('full-disk encryption, as the operating system says it', () => {
  it('finds a LUKS layer under the folder on Linux, and its absence', async () => {
    const luks = answers({ df: 'Filesystem\n/dev/mapper/root\n', lsblk: 'crypt\npart\ndisk\n' });
    expect(await diskEncryption('/var/lib/lobby', 'linux', luks)).toBe('encrypted');
    const plain = answers({ df: 'Filesystem\n/dev/sda2\n', lsblk: 'part\ndisk\n' });
    expect(await diskEncryption('/var/lib/lobby', 'linux', plain)).toBe('not encrypted');
    const overlay = answers({ df: 'Filesystem\noverlay\n', lsblk: '' });
    expect(await diskEncryption('/', 'linux', overlay)).toBe('unknown');
  });

  it('reads FileVault and BitLocker, and says unknown when the tool is missing or refuses', async () => {
    expect(
      await diskEncryption('/Users/kiosk', 'darwin', answers({ fdesetup: 'FileVault is On.\n' })),
    ).toBe('encrypted');
    expect(
      await diskEncryption('/Users/kiosk', 'darwin', answers({ fdesetup: 'FileVault is Off.\n' })),
    ).toBe('not encrypted');
    const bitlocker = answers({
      'manage-bde': 'Volume C: []\n    Protection Status:    Protection On\n',
    });
    expect(await diskEncryption('C:\\Users\\kiosk', 'win32', bitlocker)).toBe('encrypted');
    expect(await diskEncryption('C:\\Users\\kiosk', 'win32', answers({}))).toBe('unknown');
  });
});
