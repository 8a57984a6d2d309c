import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { subjectQueries } from '../../db/personal-data';
import { projectRoot } from '../../test/e2e/harness';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import { importRegisters } from '../../test/support/registers';

const run = promisify(execFile);

describe('the privacy officer on the command line', () => {
  const dir = useTempDir();

  async function lobbyWithData() {
    const file = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(file);
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff', 'tags', 'visits']);
    s.settings.set('reception', { visitorRetentionDays: 14, askPhone: true });
    db.close();
    const lobby = (...args: string[]) =>
      run(process.execPath, ['bin/lobby.js', '--db', file, ...args], { cwd: projectRoot });
    return { file, lobby };
  }

  it('writes the record of processing from the settings, as Markdown and PDF', async () => {
    const { lobby } = await lobbyWithData();
    const pdf = path.join(dir(), 'register.pdf');
    const { stdout } = await lobby('privacy', 'record', '--pdf', pdf);
    expect(stdout).toMatch(/^# Verwerkingsregister/);
    expect(stdout).toContain('Bezoekersgegevens: 14 dagen');
    // The controller is our own organisation; the building is where it happens.
    expect(stdout).toMatch(
      /## Verwerkingsverantwoordelijke\n\n- Veldkamp & Noorderlicht B\.V\.\n- Locatie: /,
    );
    expect(stdout).toContain('## Doorgifte buiten de EU');
    expect(stdout).not.toContain('Contact: de receptie');
    expect(stdout).toContain('telefoonnummer');
    expect(stdout).toContain('Geen e-mail aan gastheren ingesteld.');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bewaartermijnen');
    const en = await lobby('privacy', 'record', '--locale', 'en');
    expect(en.stdout).toContain('Visitor details: 14 days');
  });

  it("exports one person's data, and erases a visitor on request, both logged", async () => {
    const { file, lobby } = await lobbyWithData();
    const person = JSON.parse((await lobby('privacy', 'export-person', 'E1002')).stdout) as {
      person: { last_name: string };
      badges: unknown[];
      records: Record<string, unknown[]>;
    };
    expect(person.person.last_name).toBe('Dijkhuizen');
    expect(person.badges.length).toBeGreaterThan(0);
    // Every table the declaration links to a person or an employee number is in the export.
    const linked = [...subjectQueries('person'), ...subjectQueries('employee')].map(([t]) => t);
    expect(Object.keys(person.records).sort()).toEqual(linked.sort());
    expect(person.records.tag_custody!.length).toBeGreaterThan(0);
    // The document a person can read: sentences in their language, dates as dates, no codes;
    // the same data attached as JSON.
    const pdf = path.join(dir(), 'gegevens.pdf');
    await lobby('privacy', 'export-person', 'E1002', '--pdf', pdf);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Uw gegevens bij Veldkamp & Noorderlicht B.V.');
    expect(text).toMatch(/voornaam: Joost; tussenvoegsel: van; achternaam: Dijkhuizen/);
    expect(text).toContain('Wie welke pas had');
    expect(text).not.toMatch(/first_name|employee_id|tag_custody|\b\d{13}\b|Lobby: /);
    const attached = execFileSync('pdfdetach', ['-list', pdf], { encoding: 'utf8' });
    expect(attached).toContain('gegevens.json');
    const english = path.join(dir(), 'data.pdf');
    await lobby('privacy', 'export-person', 'E1002', '--pdf', english, '--locale', 'en');
    expect(execFileSync('pdftotext', [english, '-'], { encoding: 'utf8' })).toContain(
      'Your data held by Veldkamp & Noorderlicht B.V.',
    );
    await lobby('privacy', 'erase-visitor', '1', '--reason', 'verzoek per e-mail');
    const db = openDatabase(file);
    expect(db.prepare('SELECT visitor_name FROM visits WHERE id = 1').pluck().get()).toBe('');
    expect(
      db.prepare("SELECT category, count, reason FROM deletion_log WHERE reason = 'request'").all(),
    ).toEqual([{ category: 'visitors', count: 1, reason: 'request' }]);
    expect(
      db.prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 2').pluck().all(),
    ).toEqual(['privacy.eraseVisitor', 'privacy.exportPerson']);
    db.close();
    await expect(lobby('privacy', 'erase-visitor', '1', '--reason', 'nogmaals')).rejects.toThrow();
  });
});
