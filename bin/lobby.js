#!/usr/bin/env node
// The command line. It runs the prebuilt bundle (dist/cli, `npm run build:cli`) while that is
// newer than every source file, so it starts in a fraction of a second; otherwise (a fresh edit,
// no bundle yet) tsx compiles the TypeScript on load, as slow as that is.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundle = path.join(root, 'dist', 'cli', 'lobby.cjs');

function newestSource() {
  let newest = fs.statSync(path.join(root, 'package.json')).mtimeMs;
  for (const dir of ['main', 'db', 'hardware', 'vocabulary']) {
    for (const name of fs.readdirSync(path.join(root, dir), { recursive: true })) {
      if (!String(name).endsWith('.ts')) continue;
      newest = Math.max(newest, fs.statSync(path.join(root, dir, String(name))).mtimeMs);
    }
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return fs.statSync(bundle).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

async function load() {
  if (bundleIsFresh()) return createRequire(import.meta.url)(bundle);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../main/cli/index.ts');
}

const { main } = await load();
try {
  await main(process.argv);
} catch (err) {
  process.stderr.write(`lobby: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
