/**
 * Where a worker thread's script is: bundled beside the Electron main bundle (`<name>.cjs`), or,
 * running from TypeScript source, a small `.dev.mjs` that registers tsx first (worker threads do
 * not inherit the main thread's hooks).
 */
export function workerScript(name: string, devScript: () => URL): string | URL {
  if (typeof __filename !== 'undefined' && __filename.endsWith('.cjs')) {
    return `${__dirname}/${name}.cjs`;
  }
  // Only from source: in the bundle import.meta.url is empty and the URL would not parse.
  return devScript();
}
