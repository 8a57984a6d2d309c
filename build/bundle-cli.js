// Bundles the `lobby` command line into dist/cli, so it starts without compiling TypeScript
// (bin/lobby.js uses the bundle while it is newer than every source file). The worker scripts
// go beside it, where the services look for them in a bundle. Native modules stay external.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleCli(outdir = path.join(root, 'dist', 'cli')) {
  await build({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    outExtension: { '.js': '.cjs' },
    outdir,
    entryPoints: {
      lobby: path.join(root, 'main/cli/index.ts'),
      'import-worker': path.join(root, 'main/building/import-worker.ts'),
      'table-worker': path.join(root, 'main/tables/table-worker.ts'),
    },
    external: ['electron', 'better-sqlite3', 'nfc-pcsc', '@pokusew/pcsclite'],
    // import.meta.url is only read when running from TypeScript source, never in this bundle.
    logOverride: { 'empty-import-meta': 'silent' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleCli();
