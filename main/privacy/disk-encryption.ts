/**
 * Is the disk under the database encrypted? Lobby's database file itself is not (see README), so
 * full-disk encryption is a requirement; this asks the operating system where it can say:
 * Linux (the device under the folder is a dm-crypt/LUKS mapping), macOS (FileVault), Windows
 * (BitLocker on the folder's drive). "unknown" where it cannot tell, never a guess.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export type DiskEncryption = 'encrypted' | 'not encrypted' | 'unknown';
type Run = (command: string, args: string[]) => Promise<string>;

const defaultRun: Run = async (command, args) =>
  (await promisify(execFile)(command, args, { timeout: 5000, encoding: 'utf8' })).stdout;

export async function diskEncryption(
  folder: string,
  platform: NodeJS.Platform = process.platform,
  run: Run = defaultRun,
): Promise<DiskEncryption> {
  try {
    if (platform === 'linux') {
      const source = (await run('df', ['--output=source', folder])).trim().split('\n').at(-1) ?? '';
      if (!source.startsWith('/dev/')) return 'unknown';
      // The device and everything under it: a "crypt" layer anywhere means dm-crypt/LUKS.
      const types = (await run('lsblk', ['-s', '-n', '-o', 'TYPE', source])).split('\n');
      return types.some((t) => t.trim() === 'crypt') ? 'encrypted' : 'not encrypted';
    }
    if (platform === 'darwin') {
      const status = await run('fdesetup', ['status']);
      if (/FileVault is On/i.test(status)) return 'encrypted';
      return /FileVault is Off/i.test(status) ? 'not encrypted' : 'unknown';
    }
    if (platform === 'win32') {
      const drive = path.win32.parse(path.win32.resolve(folder)).root.slice(0, 2);
      const status = await run('manage-bde', ['-status', drive]);
      if (/Protection Status:\s+Protection On/i.test(status)) return 'encrypted';
      return /Protection Status:\s+Protection Off/i.test(status) ? 'not encrypted' : 'unknown';
    }
  } catch {
    return 'unknown';
  }
  return 'unknown';
}
