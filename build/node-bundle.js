// What the Electron and the command-line bundles share: CommonJS for Node, native modules left
// out (electron-builder rebuilds them), and the worker-thread scripts beside the entry point,
// where main/runtime/bundle.ts looks for them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const workerEntries = {
  'import-worker': path.join(root, 'main/building/import-worker.ts'),
  'table-worker': path.join(root, 'main/tables/table-worker.ts'),
};

export function nodeBundle({ entryPoints, outdir, target, external }) {
  return build({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target,
    sourcemap: true,
    logLevel: 'warning',
    outExtension: { '.js': '.cjs' },
    outdir,
    entryPoints,
    external,
    // import.meta.url is only read when running from TypeScript source, never in a bundle.
    logOverride: { 'empty-import-meta': 'silent' },
  });
}

// Native modules, and pdfkit, which reads its font metrics from files beside its own code.
export const nativeModules = [
  'electron',
  'better-sqlite3',
  'nfc-pcsc',
  '@pokusew/pcsclite',
  'pdfkit',
];
