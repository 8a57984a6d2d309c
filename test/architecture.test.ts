import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { projectRoot as root } from './e2e/harness';
import { closure, folderCycles, importsOf, sourceFiles } from './support/import-graph';

/** Feature folders: each owns its calls; others may use only its public surface. */
const features = fs
  .readdirSync(path.join(root, 'main'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'main', d.name, 'calls.ts')))
  .map((d) => d.name);
/** Files another feature may import: the feature's index and its part of the contract. */
const publicSurface = new Set(['index.ts', 'calls.ts']);
/** Pure functions of db/ and hardware/ the contract's schemas use (no I/O, no Node). */
const pureHelpers = new Set(['hardware/uid.ts', 'db/clock-time.ts']);
const nodeModules = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('architecture', () => {
  it('has no import cycles between folders', () => {
    expect(folderCycles(root)).toEqual([]);
  });

  it('finds the features it checks', () => {
    expect(features).toEqual(expect.arrayContaining(['building', 'tags', 'taps', 'people']));
    for (const f of features) {
      expect(fs.existsSync(path.join(root, 'main', f, 'handlers.ts')), f).toBe(true);
    }
  });

  it('composes every feature into the contract', () => {
    const composed = importsOf(root, 'main/contract/features.ts').map((i) => i.to);
    for (const f of features) expect(composed, f).toContain(`main/${f}/calls.ts`);
  });

  it('lets a feature use another feature only through its index or calls', () => {
    const reaches = sourceFiles(root)
      .filter((f) => features.includes(f.split('/')[1] ?? '') && f.startsWith('main/'))
      .flatMap((f) => importsOf(root, f))
      .filter((i) => {
        const [top, feature, file] = i.to.split('/');
        return (
          top === 'main' &&
          feature !== i.from.split('/')[1] &&
          features.includes(feature ?? '') &&
          !publicSurface.has(file ?? '')
        );
      })
      .map((i) => `${i.from} → ${i.to}`);
    expect(reaches).toEqual([]);
  });

  it('keeps the vocabulary free of imports', () => {
    for (const file of sourceFiles(root).filter((f) => f.startsWith('vocabulary/'))) {
      expect(
        importsOf(root, file).filter((i) => !i.to.startsWith('vocabulary/')),
        file,
      ).toEqual([]);
    }
  });

  it('gives the renderer nothing at run time but the vocabulary', () => {
    const runtime = [...closure(root, 'renderer/main.tsx', true)].filter((f) =>
      /^(main|db|hardware|vocabulary)\//.test(f),
    );
    expect(runtime.sort()).toEqual(['main/contract/index.ts', 'vocabulary/index.ts']);
  });

  it('types the contract without Node, the database or the hardware', () => {
    const typed = [...closure(root, 'main/contract/index.ts', false)];
    const offending = typed.filter(
      (f) =>
        nodeModules.has(f) ||
        ['better-sqlite3', 'nfc-pcsc', 'electron', 'ws', 'exceljs'].includes(f) ||
        ((f.startsWith('db/') || f.startsWith('hardware/')) && !pureHelpers.has(f)),
    );
    expect(offending).toEqual([]);
  });

  it('keeps db/ below main/', () => {
    const up = sourceFiles(root)
      .filter((f) => f.startsWith('db/'))
      .flatMap((f) => importsOf(root, f))
      .filter((i) => i.to.startsWith('main/'));
    expect(up).toEqual([]);
  });
});
