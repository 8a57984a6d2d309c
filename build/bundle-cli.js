// Bundles the `lobby` command line into dist/cli, so it starts without compiling TypeScript
// (bin/lobby.js uses the bundle while it is newer than every source file).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeModules, nodeBundle, root, workerEntries } from './node-bundle.js';

export async function bundleCli(outdir = path.join(root, 'dist', 'cli')) {
  await nodeBundle({
    entryPoints: { lobby: path.join(root, 'main/cli/index.ts'), ...workerEntries },
    outdir,
    target: 'node20',
    external: nativeModules,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleCli();
