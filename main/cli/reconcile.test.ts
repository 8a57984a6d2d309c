import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../test/e2e/harness';
import { fixturePath } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';

const run = promisify(execFile);

describe('lobby reconcile', () => {
  const dir = useTempDir();

  it('prints the output contract as JSON, as of a moment, and a table without --json', async () => {
    const db = path.join(dir(), 'r.sqlite');
    const lobby = (...args: string[]) =>
      run(process.execPath, ['bin/lobby.js', '--db', db, ...args], { cwd: projectRoot });
    for (const [command, file] of [
      ['site', 'site.json'],
      ['staff', 'staff.csv'],
      ['tags', 'tags.csv'],
      ['visits', 'visits.csv'],
    ] as const)
      await lobby(command, 'import', fixturePath(file));
    for (const kind of ['cardholders', 'events'])
      await lobby('building', 'import', fixturePath('building', 'nedap_aeos', `${kind}.csv`));

    const { stdout } = await lobby('reconcile', '--as-of', '2025-11-03T07:15:00+01:00', '--json');
    const result = JSON.parse(stdout) as {
      asOf: string;
      findings: Record<string, unknown>[];
      stats: object;
    };
    expect(result.asOf).toBe('2025-11-03T06:15:00.000Z');
    expect(Object.keys(result.findings[0]!).sort()).toEqual(
      [
        'kind',
        'severity',
        'employeeId',
        'holderName',
        'tagUid',
        'cardNumber',
        'door',
        'zone',
        'eventCount',
        'firstAt',
        'lastAt',
        'events',
        'reason',
        'action',
      ].sort(),
    );
    expect(result.findings.map((f) => f.kind)).toContain('DEPARTED_TAG_USED');

    // The newest event is the default moment; Dutch on request; a readable table without --json.
    const nl = JSON.parse(
      (await lobby('reconcile', '--json', '--locale', 'nl')).stdout,
    ) as typeof result;
    expect(nl.findings.find((f) => f.kind === 'DOOR_FORCED')?.reason).toMatch(/geforceerd geopend/);
    const table = (await lobby('reconcile', '--as-of', '2025-11-03T07:15:00+01:00')).stdout;
    expect(table).toMatch(/^high\s+DEPARTED_STILL_ACTIVE/m);
    expect(table).toMatch(/\d+ findings as of 2025-11-03T06:15:00\.000Z/);
    await expect(lobby('reconcile', '--as-of', 'yesterday')).rejects.toMatchObject({ code: 1 });

    // The requests for the building manager, from the open findings: card numbers, no names.
    const pdf = path.join(dir(), 'verzoeken.pdf');
    const xlsx = path.join(dir(), 'verzoeken.xlsx');
    const report = await lobby('building', 'report', '--pdf', pdf, '--xlsx', xlsx);
    expect(JSON.parse(report.stdout).requests).toBeGreaterThan(10);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toMatch(/Trek deze kaart in: de houder is uit dienst\./);
    expect(text).toContain('3251582047');
    expect(text).not.toContain('Hoekstra');
    expect(fs.statSync(xlsx).size).toBeGreaterThan(4000);
  });
});
