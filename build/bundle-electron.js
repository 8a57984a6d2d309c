// Bundles the Electron main process and the preload into CommonJS (a sandboxed preload cannot be
// an ES module). Native modules stay external so electron-builder can rebuild them for Electron.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleElectron(outdir = path.join(root, 'dist', 'electron')) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: true,
    logLevel: 'warning',
    outExtension: { '.js': '.cjs' },
    outdir,
  };
  await build({
    ...common,
    // The building import and register reading run in worker threads: their scripts sit beside main.
    entryPoints: {
      main: path.join(root, 'main/electron/main.ts'),
      'import-worker': path.join(root, 'main/building/import-worker.ts'),
      'table-worker': path.join(root, 'main/tables/table-worker.ts'),
    },
    external: ['electron', 'better-sqlite3', 'nfc-pcsc', '@pokusew/pcsclite'],
    // import.meta.url is only read when running from TypeScript source, never in this bundle.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  await build({
    ...common,
    entryPoints: { preload: path.join(root, 'main/electron/preload.ts') },
    external: ['electron'],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleElectron();
