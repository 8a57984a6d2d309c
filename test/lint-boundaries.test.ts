import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './e2e/harness';

/** The process-boundary rules must actually fire; a config typo would otherwise pass silently. */
const eslint = new ESLint({ cwd: projectRoot });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint: process boundaries', () => {
  it.each(['db/x.ts', 'hardware/x.ts', 'main/kiosk/x.ts', 'main/host/x.ts'])(
    'keeps electron out of %s',
    async (file) => {
      expect(
        await ruleIds(file, "import { app } from 'electron';\nexport const a = app;\n"),
      ).toContain('@typescript-eslint/no-restricted-imports');
    },
  );

  it('lets main/electron and main/security.ts use electron', async () => {
    for (const file of ['main/electron/x.ts', 'main/security.ts']) {
      expect(
        await ruleIds(file, "import { app } from 'electron';\nexport const a = app;\n"),
      ).toEqual([]);
    }
  });

  it('allows the renderer type-only imports from the contract and nothing else', async () => {
    const file = 'renderer/home/x.ts';
    expect(
      await ruleIds(
        file,
        "import type { KioskApi } from '../../main/ipc/contract';\nexport type A = KioskApi;\n",
      ),
    ).toEqual([]);
    for (const code of [
      "import { callArgs } from '../../main/ipc/contract';\nexport const a = callArgs;\n",
      "import { openDatabase } from '../../db/open';\nexport const a = openDatabase;\n",
      "import type { ReaderService } from '../../hardware/reader';\nexport type A = ReaderService;\n",
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
      "import fs from 'node:fs';\nexport const a = fs;\n",
    ]) {
      expect(await ruleIds(file, code), code).toContain('@typescript-eslint/no-restricted-imports');
    }
  });

  it('refuses focused and skipped tests', async () => {
    expect(
      await ruleIds('db/x.test.ts', "import { it } from 'vitest';\nit.only('x', () => {});\n"),
    ).toContain('no-restricted-syntax');
  });
});
