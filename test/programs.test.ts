/**
 * Every program the code, the tests and the benchmarks start must come from a Debian package that
 * `.ci/run` installs (or from one every Debian has): a program installed by hand on a developer's
 * machine is not on the next one. The scan reads the source for the programs it starts, so a new
 * `execFileSync('foo', …)` fails here until `foo` is in the table below and its package in
 * `.ci/run`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot as root } from './e2e/harness';

/** Where each program comes from: a Debian package, "essential" (every Debian), or another OS. */
const programs: Record<string, { debian: string } | { essential: string } | { os: string }> = {
  pdftotext: { debian: 'poppler-utils' },
  pdfinfo: { debian: 'poppler-utils' },
  pdfdetach: { debian: 'poppler-utils' },
  pdftoppm: { debian: 'poppler-utils' },
  sqlite3: { debian: 'sqlite3' },
  pcscd: { debian: 'pcscd' },
  chromium: { debian: 'chromium' },
  time: { debian: 'time' },
  initdb: { debian: 'postgresql' },
  pg_ctl: { debian: 'postgresql' },
  lp: { debian: 'cups-client' },
  lpstat: { debian: 'cups-client' },
  cupsd: { debian: 'cups' },
  df: { essential: 'coreutils' },
  lsblk: { essential: 'util-linux' },
  fdesetup: { os: 'darwin' },
  'manage-bde': { os: 'win32' },
};
/** Started by the tools themselves, not a Debian program. */
const ourOwn = new Set(['node', 'npm', 'npx', 'git', 'bash', 'sh', 'env', 'kill', 'true', 'false']);

const sourceFiles = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.js', '*.mjs', '*.cjs'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && fs.existsSync(path.join(root, f)) && !f.startsWith('test/programs.test'));

/** The programs a source text starts: by name in a spawn/exec call, or by an absolute path. */
export function startedPrograms(text: string): string[] {
  const found = new Set<string>();
  const byName =
    /(?<![.\w])(?:execFileSync|execFile|spawnSync|spawn|execSync|exec|run)\(\s*['"`]([a-z/][\w./-]*)['"`]/g;
  for (const m of text.matchAll(byName)) found.add(path.basename(m[1] ?? ''));
  for (const m of text.matchAll(
    /['"`]\/usr\/(?:s?bin|lib\/postgresql\/\d+\/bin)\/([\w.-]+)['"`]/g,
  )) {
    found.add(m[1] ?? '');
  }
  return [...found].filter((p) => p && !ourOwn.has(p));
}

/** The package names `.ci/run` passes to `apt-get install`. */
function ciPackages(): Set<string> {
  const script = fs.readFileSync(path.join(root, '.ci/run'), 'utf8').replace(/\\\n/g, ' ');
  const names = new Set<string>();
  for (const line of script.split('\n').filter((l) => /apt-get install/.test(l))) {
    for (const word of line.split(/\s+/)) if (/^[a-z0-9][a-z0-9+.-]+$/.test(word)) names.add(word);
  }
  return names;
}

function onPath(program: string): boolean {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin'];
  const postgres = '/usr/lib/postgresql';
  if (fs.existsSync(postgres)) {
    for (const v of fs.readdirSync(postgres)) dirs.push(path.join(postgres, v, 'bin'));
  }
  return dirs.some((d) => fs.existsSync(path.join(d, program)));
}

describe('programs the project starts', () => {
  const started = new Map<string, string>();
  for (const file of sourceFiles) {
    for (const p of startedPrograms(fs.readFileSync(path.join(root, file), 'utf8'))) {
      if (!started.has(p)) started.set(p, file);
    }
  }

  it('reads the programs from the source, by name and by path', () => {
    expect(startedPrograms(`execFileSync('pdftotext', [f])`)).toEqual(['pdftotext']);
    expect(startedPrograms(`spawn('/usr/sbin/pcscd', [])`)).toEqual(['pcscd']);
    expect(startedPrograms(`spawn(process.execPath, [])`)).toEqual([]);
    expect([...started.keys()]).toEqual(expect.arrayContaining(['pdftotext', 'pcscd', 'sqlite3']));
  });

  it('knows where each one comes from', () => {
    const unknown = [...started].filter(([p]) => !programs[p]).map(([p, f]) => `${p} (${f})`);
    expect(unknown).toEqual([]);
  });

  it('installs each one in .ci/run', () => {
    const installed = ciPackages();
    const missing = [...started]
      .map(([p, f]) => ({ p, f, from: programs[p] }))
      .filter(({ from }) => from && 'debian' in from && !installed.has(from.debian))
      .map(({ p, f, from }) => `${p} from ${from && 'debian' in from ? from.debian : ''} (${f})`);
    expect(missing).toEqual([]);
  });

  it('finds each Linux program on this machine', () => {
    const absent = [...started.keys()].filter((p) => {
      const from = programs[p];
      return from && !('os' in from) && !onPath(p);
    });
    expect(absent).toEqual([]);
  });
});
