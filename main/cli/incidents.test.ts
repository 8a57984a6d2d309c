/**
 * `lobby incidents …` as its output contract says: report prints the id; classify and reported
 * move the clock; list prints the register's rows; export writes a PDF that reads back as
 * sentences. The fixture's lost badge is in the list as Lobby's proposal after `tags import`.
 */
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/support/fixtures';
import { projectRoot } from '../../test/e2e/harness';
import { useTempDir } from '../../test/support/temp';

const run = promisify(execFile);

describe('the incident register on the command line', () => {
  const dir = useTempDir();

  it('reports, classifies, records the report, lists and exports', async () => {
    const file = path.join(dir(), 'lobby.sqlite');
    const lobby = (...args: string[]) =>
      run(process.execPath, ['bin/lobby.js', '--db', file, ...args], { cwd: projectRoot });
    for (const [kind, name] of [
      ['site', 'site.json'],
      ['staff', 'staff.csv'],
      ['tags', 'tags.csv'],
    ] as const)
      await lobby(kind, 'import', fixturePath(name));
    const list = async () =>
      JSON.parse((await lobby('incidents', 'list', '--json')).stdout) as Record<string, unknown>[];
    // The tag register's lost badge and the three not handed in: Lobby's proposals, no clock.
    const proposed = await list();
    expect(proposed.map((i) => i.source).sort()).toEqual([
      'tag_lost',
      'tag_not_returned',
      'tag_not_returned',
      'tag_not_returned',
    ]);
    expect(proposed.find((i) => i.source === 'tag_lost')).toMatchObject({
      origin: 'lobby',
      status: 'proposed',
      title: null,
      classification: null,
      awareAt: '2025-10-15T08:30:00.000Z',
      reportBy: null,
    });

    const reported = await lobby(
      'incidents',
      'report',
      '--title',
      'USB-stick met bezoekerslijst kwijt',
      '--what',
      'De stick van de receptie is niet meer te vinden.',
      '--aware-at',
      '2026-11-30T08:00:00+01:00',
      '--json',
    );
    const { id } = JSON.parse(reported.stdout) as { id: number };
    expect(id).toBeGreaterThan(0);
    await expect(
      lobby('incidents', 'report', '--title', 'x', '--what', 'y', '--aware-at', 'gisteren'),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/--aware-at: not a date/) });

    const classified = JSON.parse(
      (
        await lobby(
          'incidents',
          'classify',
          String(id),
          '--as',
          'data-breach',
          '--reportable',
          'yes',
          '--reason',
          'Onversleutelde namen van bezoekers',
        )
      ).stdout,
    ) as Record<string, unknown>;
    expect(classified).toMatchObject({
      classification: 'data_breach',
      awareAt: '2026-11-30T07:00:00.000Z',
      reportBy: '2026-12-03T07:00:00.000Z',
    });
    await lobby(
      'incidents',
      'reported',
      String(id),
      '--reference',
      'AP-2026-118',
      '--at',
      '2026-12-01T10:00:00Z',
    );
    expect((await list()).find((i) => i.id === id)).toMatchObject({
      origin: 'operator',
      status: 'open',
      reportedAt: '2026-12-01T10:00:00.000Z',
      reference: 'AP-2026-118',
    });

    const pdf = path.join(dir(), 'incident.pdf');
    await lobby('incidents', 'export', String(id), '--pdf', pdf);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain(`Incident ${id}: USB-stick met bezoekerslijst kwijt`);
    expect(text).toContain('Indeling: datalek');
    expect(text).toContain('Melden bij de Autoriteit Persoonsgegevens: ja');
    expect(text).toContain('Kenmerk: AP-2026-118');
    expect(text).not.toMatch(/data_breach|reportable|awareAt/);
  });
});
