#!/usr/bin/env node
// `npm start`: the locked-down Electron kiosk when Electron's binary is installed, otherwise the
// same kiosk through the browser host (Chromium full screen when there is one and a display).
// `npm run dev` passes --dev: development aids on, and marked on screen.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

/**
 * The installed Electron binary, found without loading electron/index.js (which would download),
 * honouring Electron's own ELECTRON_OVERRIDE_DIST_PATH.
 */
function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const name = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
    const exe = path.join(dist, name);
    return fs.existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root });
    // A supervisor's SIGTERM reaches this launcher only: pass it on, so the kiosk does not
    // outlive it.
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const electron = electronBinary();
if (electron) {
  // Native modules must match Electron's ABI; `npm rebuild` restores the Node builds afterwards.
  const steps = [
    [process.execPath, [path.join(root, 'build/bundle-electron.js')]],
    [process.execPath, [require.resolve('electron-builder/cli.js'), 'install-app-deps']],
  ];
  for (const [command, args] of steps) {
    const code = await run(command, args);
    if (code !== 0) process.exit(code);
  }
  process.exit(await run(electron, [root, ...process.argv.slice(2)]));
} else {
  process.stdout.write(
    "Electron's binary is not installed (run `npx install-electron` where the network allows); " +
      'running the kiosk in the browser host instead.\n',
  );
  process.exit(
    await run(process.execPath, [
      path.join(root, 'bin/lobby.js'),
      'serve',
      '--open',
      ...process.argv.slice(2),
    ]),
  );
}
