// Bundles the Electron main process and the preload into CommonJS (a sandboxed preload cannot be
// an ES module). Native modules stay external so electron-builder can rebuild them for Electron.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeModules, nodeBundle, root, workerEntries } from './node-bundle.js';

export async function bundleElectron(outdir = path.join(root, 'dist', 'electron')) {
  await nodeBundle({
    entryPoints: { main: path.join(root, 'main/electron/main.ts'), ...workerEntries },
    outdir,
    target: 'node22',
    external: nativeModules,
  });
  await nodeBundle({
    entryPoints: { preload: path.join(root, 'main/electron/preload.ts') },
    outdir,
    target: 'node22',
    external: ['electron'],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleElectron();
