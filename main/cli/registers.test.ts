import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../test/e2e/harness';
import { fixturePath, readFixture } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';

const run = promisify(execFile);

describe('lobby site/staff/tags/visits import', () => {
  const dir = useTempDir();
  const lobby = async (...args: string[]) => {
    try {
      const { stdout } = await run(
        process.execPath,
        ['bin/lobby.js', '--db', path.join(dir(), 'l.sqlite'), ...args],
        { cwd: projectRoot },
      );
      return { code: 0, stdout };
    } catch (err) {
      const e = err as { code: number; stdout: string };
      return { code: e.code, stdout: e.stdout };
    }
  };

  it('imports the fixtures, reports JSON, is idempotent, and exports site.json unchanged', async () => {
    for (const round of [1, 2]) {
      for (const [command, file] of [
        ['site', 'site.json'],
        ['staff', 'staff.csv'],
        ['tags', 'tags.csv'],
        ['visits', 'visits.csv'],
      ] as const) {
        const { code, stdout } = await lobby(command, 'import', fixturePath(file));
        const summary = JSON.parse(stdout);
        expect(code).toBe(0);
        expect(summary.rejected).toEqual([]);
        if (round === 2) expect([summary.imported, summary.updated]).toEqual([0, 0]);
      }
    }
    const exported = await lobby('site', 'export');
    expect(exported.stdout).toBe(readFixture('site.json').replace(/\n?$/, '\n'));
  });

  it('exits 2 with the reasons when the site file is refused', async () => {
    const bad = path.join(dir(), 'bad.json');
    const site = JSON.parse(readFixture('site.json'));
    site.profiles[2].rules[0].schedule = 'STDX';
    await import('node:fs').then((fs) => fs.writeFileSync(bad, JSON.stringify(site)));
    const { code, stdout } = await lobby('site', 'import', bad);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).rejected[0]).toMatchObject({
      column: 'profiles[2].rules[0].schedule',
      reason: 'unknown schedule "STDX"',
    });
  });
});

describe('lobby building import', () => {
  const dir = useTempDir();
  it('prints the output contract for a vendor export and refuses a non-export with exit 2', async () => {
    const db = path.join(dir(), 'b.sqlite');
    const lobby = async (...args: string[]) => {
      try {
        return {
          code: 0,
          stdout: (
            await run(process.execPath, ['bin/lobby.js', '--db', db, ...args], { cwd: projectRoot })
          ).stdout,
        };
      } catch (err) {
        const e = err as { code: number; stdout: string };
        return { code: e.code, stdout: e.stdout };
      }
    };
    await lobby('site', 'import', fixturePath('site.json'));
    await lobby('staff', 'import', fixturePath('staff.csv'));
    await lobby('tags', 'import', fixturePath('tags.csv'));
    const ok = await lobby(
      'building',
      'import',
      fixturePath('building', 'paxton_net2', 'events.csv'),
    );
    expect(ok.code).toBe(0);
    const summary = JSON.parse(ok.stdout);
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining([
        'kind',
        'rows',
        'imported',
        'duplicates',
        'rejected',
        'encoding',
        'delimiter',
        'headerRow',
        'columns',
        'cardRule',
        'cardMatchRate',
        'outcomes',
        'unknownEventTexts',
      ]),
    );
    expect(summary).toMatchObject({
      kind: 'events',
      rows: 4096,
      imported: 4096,
      cardRule: 'net2-token',
    });
    const forced = await lobby(
      'building',
      'import',
      fixturePath('building', 'paxton_net2', 'events.csv'),
      '--card-rule',
      'first4-decimal',
    );
    expect(JSON.parse(forced.stdout)).toMatchObject({
      imported: 0,
      duplicates: 4096,
      cardRule: 'first4-decimal',
    });
    const bad = await lobby('building', 'import', path.join(projectRoot, 'package.json'));
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      refused: true,
      rejected: [{ reason: expect.stringMatching(/No header/) }],
    });

    // Columns Lobby cannot tell: refused with the way out, then imported with --columns.
    const ownWords = path.join(dir(), 'own-words.csv');
    fs.writeFileSync(
      ownWords,
      'Wanneer;Wat;Waar;Pas\n06-10-2025 07:00:00;Toegang verleend;Liftlobby 4e verdieping;0439067140\n',
    );
    const unmapped = await lobby('building', 'import', ownWords);
    expect(unmapped.code).toBe(2);
    expect(JSON.parse(unmapped.stdout).rejected[0].reason).toMatch(/--columns/);
    const mapped = await lobby(
      'building',
      'import',
      ownWords,
      '--columns',
      'Wanneer=timestamp,Wat=eventText,Waar=door,Pas=cardNumber',
    );
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ kind: 'events', imported: 1 });
  });
});

describe('lobby building rule', () => {
  const dir = useTempDir();
  it('teaches an event text, classifies the events already stored, and refuses a non-outcome', async () => {
    const db = path.join(dir(), 'r.sqlite');
    const lobby = async (...args: string[]) => {
      try {
        const out = await run(process.execPath, ['bin/lobby.js', '--db', db, ...args], {
          cwd: projectRoot,
        });
        return { code: 0, stdout: out.stdout, stderr: out.stderr };
      } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };
    const log = path.join(dir(), 'alarm.csv');
    fs.writeFileSync(
      log,
      'Datum;Tijd;Gebeurtenis;Toegangspunt\n07-10-2025;07:00:00;Deur open na brandalarm;Hoofdingang BG\n08-10-2025;07:00:00;Deur open na brandalarm;Hoofdingang BG\n',
    );
    const imported = JSON.parse((await lobby('building', 'import', log)).stdout);
    expect(imported.unknownEventTexts).toEqual([{ text: 'Deur open na brandalarm', count: 2 }]);

    const taught = await lobby('building', 'rule', 'Deur open na brandalarm', 'DOOR_HELD');
    expect(taught.code).toBe(0);
    expect(JSON.parse(taught.stdout)).toEqual({
      text: 'Deur open na brandalarm',
      outcome: 'DOOR_HELD',
      classified: 2,
    });
    // The next import knows the text.
    fs.appendFileSync(log, '09-10-2025;07:00:00;Deur open na brandalarm;Hoofdingang BG\n');
    expect(JSON.parse((await lobby('building', 'import', log)).stdout)).toMatchObject({
      imported: 1,
      outcomes: { DOOR_HELD: 3 },
      unknownEventTexts: [],
    });

    const wrong = await lobby('building', 'rule', 'Iets', 'MAYBE');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/"MAYBE" is not an outcome/);
  });
});
