import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../db/migrations/index';
import { projectRoot } from '../../test/e2e/harness';
import { useTempDir } from '../../test/support/temp';

const run = promisify(execFile);
const lobby = (...args: string[]) =>
  run(process.execPath, [path.join(projectRoot, 'bin/lobby.js'), ...args], { cwd: projectRoot });

describe('lobby command line', () => {
  const dir = useTempDir();

  it('prints help with the global --db option', async () => {
    const { stdout } = await lobby('--help');
    expect(stdout).toMatch(/Usage: lobby/);
    expect(stdout).toMatch(/--db <file>/);
    expect(stdout).toMatch(/serve/);
  });

  it('creates and migrates the database named by --db', async () => {
    const file = path.join(dir(), 'sub', 'cli.sqlite');
    const { stdout } = await lobby('--db', file, 'db', 'status');
    expect(JSON.parse(stdout)).toEqual({ file, schema: latestVersion, latest: latestVersion });
  });

  it('fails with a one-line message and exit code 1 on an unusable database', async () => {
    const err = await lobby('--db', path.join(projectRoot, 'package.json'), 'db', 'status').catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toMatch(/^lobby: .+\n$/);
  });
});
