import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testReception } from '../../test/support/reception';
import { useTempDir } from '../../test/support/temp';
import { badgeLabelPdf } from './badge-label';
import type { ReceptionFile } from './calls';
import type { VisitPurpose } from '../../vocabulary';

describe('the evacuation list and the roll call', () => {
  const dir = useTempDir();
  /** The PDF's text as poppler reads it back. */
  const text = (file: ReceptionFile) => {
    const pdf = path.join(dir(), file.fileName);
    fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  };

  it('lists who is in, prints names as typed, and drops those who left', async () => {
    const { reception, personId } = await testReception();
    const signIn = (visitorName: string, purpose: VisitPurpose) => {
      const r = reception.desk.signIn({
        expectedVisitId: null,
        visitorName,
        visitorCompany: 'Glans',
        visitorPhone: '',
        hostId: personId('E1002'),
        purpose,
        locale: 'nl',
      });
      if (r.outcome !== 'signedIn') throw new Error(r.outcome);
      return r.visitId;
    };
    const joelle = signIn('Joëlle Çelik', 'meeting');
    signIn('Ørjan Şahin', 'contractor');
    signIn('Piet Koerier', 'delivery');
    const list = await reception.evacuation.evacuationList('nl', 'staff');
    expect(list.fileName).toMatch(/^ontruimingslijst-\d{12}\.pdf$/);
    const printed = text(list);
    expect(printed).toContain('Ontruimingslijst (BHV)');
    expect(printed).toContain('Joëlle Çelik');
    // Each under its own heading: a delivery is neither a visitor nor a contractor.
    expect(printed).toMatch(/Bezoekers \(1\)\s+☐\s+Joëlle Çelik/);
    expect(printed).toMatch(/Aannemers \(1\)\s+☐\s+Ørjan Şahin/);
    expect(printed).toMatch(/Leveranciers en bezorgers \(1\)\s+☐\s+Piet Koerier/);
    expect(printed).toContain('Totaal: 3');

    reception.desk.signOut(joelle, 'staff');
    const after = text(await reception.evacuation.evacuationList('en', 'staff'));
    expect(after).toContain('Evacuation list');
    expect(after).not.toContain('Joëlle');
    expect(after).toContain('Ørjan Şahin');
  });

  it('ticks people off during a drill and reports who was not seen', async () => {
    const { reception, personId, clock } = await testReception();
    for (const name of ['Anna de Vries', 'Bram Smit']) {
      reception.desk.signIn({
        expectedVisitId: null,
        visitorName: name,
        visitorCompany: '',
        visitorPhone: '',
        hostId: personId('E1002'),
        purpose: 'meeting',
        locale: 'nl',
      });
    }
    const call = reception.evacuation.start('drill', 'staff');
    expect(call.entries.map((e) => e.name)).toEqual(['Anna de Vries', 'Bram Smit']);
    // Starting again while one runs gives the same roll call, not a second one.
    expect(reception.evacuation.start('drill', 'staff').id).toBe(call.id);
    clock.advance(4);
    reception.evacuation.mark(call.id, call.entries[0]!.key, true, 'staff');
    const ended = reception.evacuation.end(call.id, 'staff');
    expect(ended.endedAt).not.toBeNull();
    expect(() => reception.evacuation.mark(call.id, call.entries[1]!.key, true, 'staff')).toThrow(
      /ended/,
    );
    const report = text(await reception.evacuation.report(call.id, 'nl', 'staff'));
    expect(report).toContain('Gezien: 1 van 2');
    expect(report).toMatch(/Niet gezien \(1\)\s+•\s+Bram Smit/);
  });
});

describe('the visitor badge label', () => {
  const dir = useTempDir();

  it('prints name, organisation, host and date on a label-sized page', async () => {
    const { reception, personId } = await testReception();
    const r = reception.desk.signIn({
      expectedVisitId: null,
      visitorName: 'Zoë van der Heijden-Çelik',
      visitorCompany: 'Gemeente Amersfoort',
      visitorPhone: '',
      hostId: personId('E1002'),
      purpose: 'meeting',
      locale: 'nl',
    });
    if (r.outcome !== 'signedIn') throw new Error(r.outcome);
    const pdf = path.join(dir(), 'label.pdf');
    fs.writeFileSync(
      pdf,
      await badgeLabelPdf(reception.desk.byId(r.visitId), 'Veldkamp', 'nl', new Date()),
    );
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('BEZOEKER');
    // A long name wraps at its hyphen (which pdftotext joins back without it).
    expect(text).toMatch(/Zoë van der Heijden-?\s*Çelik/);
    expect(text).toContain('Gastheer/-vrouw: Joost van Dijkhuizen');
    expect(text).toContain('Veldkamp · 2026-11-30');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+283\.4\d* x 175\.7\d* pts/);
    expect(info).toMatch(/Pages:\s+1\n/);
  });
});
