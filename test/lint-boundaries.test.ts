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
  it.each(['db/x.ts', 'hardware/x.ts', 'main/kiosk/x.ts', 'main/host/x.ts', 'vocabulary/x.ts'])(
    'keeps electron out of %s',
    async (file) => {
      expect(
        await ruleIds(file, "import { app } from 'electron';\nexport const a = app;\n"),
      ).toContain('@typescript-eslint/no-restricted-imports');
    },
  );

  it('lets main/electron use electron', async () => {
    for (const file of ['main/electron/x.ts', 'main/electron/security.ts']) {
      expect(
        await ruleIds(file, "import { app } from 'electron';\nexport const a = app;\n"),
      ).toEqual([]);
    }
  });

  it('keeps db/ below main/', async () => {
    expect(
      await ruleIds(
        'db/repos/x.ts',
        "import type { SiteConfig } from '../../main/domain/site-model';\nexport type A = SiteConfig;\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows the renderer the contract and nothing else', async () => {
    const file = 'renderer/home/x.ts';
    for (const code of [
      "import type { KioskApi } from '../../main/contract';\nexport type A = KioskApi;\n",
      "import { outcomes } from '../../main/contract';\nexport const a = outcomes;\n",
    ]) {
      expect(await ruleIds(file, code), code).toEqual([]);
    }
    for (const code of [
      "import { callSchemas } from '../../main/contract/features';\nexport const a = callSchemas;\n",
      "import type { TagDetail } from '../../main/tags/calls';\nexport type A = TagDetail;\n",
      "import { outcomes } from '../../vocabulary';\nexport const a = outcomes;\n",
      "import { openDatabase } from '../../db/open';\nexport const a = openDatabase;\n",
      "import type { ReaderService } from '../../hardware/reader';\nexport type A = ReaderService;\n",
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
      "import fs from 'node:fs';\nexport const a = fs;\n",
      "import { z } from 'zod';\nexport const a = z;\n",
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
