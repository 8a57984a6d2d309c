/**
 * Where Lobby's own files are when it runs from a bundle (dist/electron, dist/cli: CommonJS,
 * `.cjs`) or from the TypeScript source tree. A leaf: it imports nothing of Lobby's.
 */
import path from 'node:path';

/** True inside an esbuild bundle; there import.meta.url is empty. */
export const isBundled = (): boolean =>
  typeof __filename !== 'undefined' && __filename.endsWith('.cjs');

/**
 * A worker thread's script: bundled beside the running bundle (`<name>.cjs`), or, from source,
 * a small `.dev.mjs` that registers tsx first (worker threads do not inherit the main thread's
 * hooks). `devScript` is called only from source, where import.meta.url is set.
 */
export function workerScript(name: string, devScript: () => URL): string | URL {
  return isBundled() ? path.join(__dirname, `${name}.cjs`) : devScript();
}

/** A folder of dist/ (the built renderer), beside the bundle's own folder or from the source. */
export function distFolder(name: string, fromSource: () => URL): string {
  return isBundled() ? path.join(__dirname, '..', name) : decodeURIComponent(fromSource().pathname);
}
