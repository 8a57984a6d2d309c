import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const productName = 'Lobby';

/**
 * The same folder Electron's `app.getPath('userData')` gives for productName "Lobby", worked out
 * without Electron so the command line and the browser host open the kiosk's own database.
 */
export function dataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  switch (platform) {
    case 'win32':
      return path.win32.join(
        env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
        productName,
      );
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', productName);
    default:
      return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), productName);
  }
}

/** The kiosk's own database; its folder is made private to the kiosk's user (0700) if it is not. */
export function defaultDbFile(): string {
  const dir = dataDir();
  if (process.platform !== 'win32' && fs.existsSync(dir) && (fs.statSync(dir).mode & 0o077) !== 0)
    fs.chmodSync(dir, 0o700);
  return path.join(dir, 'lobby.sqlite');
}
