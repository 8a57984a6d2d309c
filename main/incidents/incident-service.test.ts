/**
 * The incident register on a real database: reports and proposals, the privacy officer's
 * decisions and classification, and the 72-hour clock with a moved clock, its reminders sent
 * once each through a real SMTP server on loopback.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { incidentsRepo } from '../../db/repos/incidents';
import { mailbox } from '../../test/support/mailbox';
import { createServices } from '../app/services';
import { notifySettings } from '../notify/notify-settings';
import { incidentNoticeOutbox, incidentService } from '.';

const hour = 3_600_000;

function register(start = '2026-12-04T22:00:00.000Z') {
  const db = openDatabase(':memory:');
  const s = createServices(db);
  const clock = {
    now: new Date(start),
    advance(hours: number) {
      this.now = new Date(this.now.getTime() + hours * hour);
    },
  };
  const incidents = incidentService({
    repo: incidentsRepo(db),
    audit: s.audit,
    settings: s.settings,
    siteName: () => 'Verdieping 4',
    now: () => clock.now,
  });
  const actions = () =>
    db
      .prepare<[], string>(
        "SELECT action FROM audit_log WHERE action LIKE 'incident.%' ORDER BY id",
      )
      .pluck()
      .all();
  return { db, s, clock, incidents, actions };
}

const laptop = {
  title: 'Laptop uit de auto gestolen',
  what: 'De laptop van de receptie, met de bezoekerslijst van oktober erop.',
  affected: 'Bezoekersgegevens (namen, bedrijven)',
  occurredAt: null,
  awareAt: null,
};

describe('the incident register', () => {
  it('keeps a report open at once, and a proposal once per thing seen until it is decided', () => {
    const { incidents, actions } = register();
    const reported = incidents.report(laptop, 'Karin de Boer');
    expect(reported).toMatchObject({ status: 'open', origin: 'operator', classification: null });
    const lost = {
      source: 'tag_lost' as const,
      key: '7:2026-12-04',
      what: null,
      awareAt: '2026-12-04T09:00:00.000Z',
    };
    const first = incidents.propose(lost);
    expect(incidents.propose(lost)).toEqual({ id: first.id, added: false });
    expect(incidents.list('po').map((i) => [i.source, i.status])).toEqual([
      ['report', 'open'],
      ['tag_lost', 'proposed'],
    ]);
    const dismissed = incidents.decide(first.id, false, 'Pas lag thuis; is teruggevonden.', 'po');
    expect(dismissed).toMatchObject({
      status: 'dismissed',
      decisionReason: 'Pas lag thuis; is teruggevonden.',
    });
    expect(() => incidents.decide(first.id, true, 'toch wel', 'po')).toThrow(
      /no longer a proposal/,
    );
    expect(actions()).toEqual([
      'incident.report',
      'incident.propose',
      'incident.list',
      'incident.dismiss',
    ]);
  });

  it('classifies a breach with whether it must be reported, and closes only what is done', () => {
    const { incidents, clock } = register();
    const { id } = incidents.report(laptop, 'Karin');
    expect(() =>
      incidents.classify(
        {
          id,
          classification: 'data_breach',
          reason: 'gegevens weg',
          reportable: null,
          breach: null,
        },
        'po',
      ),
    ).toThrow(/whether this data breach must be reported/);
    const breach = incidents.classify(
      {
        id,
        classification: 'data_breach',
        reason: 'Bezoekerslijst op een onversleutelde laptop',
        reportable: true,
        breach: null,
      },
      'po',
    );
    expect(breach.reportBy).toBe(new Date(clock.now.getTime() + 72 * hour).toISOString());
    expect(incidents.clocks().map((c) => c.id)).toEqual([id]);
    expect(() => incidents.close(id, 'po')).toThrow(/Record the report/);
    clock.advance(30);
    const done = incidents.recordReport(
      { id, at: null, reference: 'AP-2026-0042', delayReason: null },
      'po',
    );
    expect(done).toMatchObject({ reference: 'AP-2026-0042', delayReason: null });
    expect(incidents.clocks()).toEqual([]);
    expect(incidents.close(id, 'po').status).toBe('closed');
    // A security incident that is no breach has no clock at all.
    const other = incidents.report({ ...laptop, title: 'Deur open gezet' }, 'Karin');
    const security = incidents.classify(
      {
        id: other.id,
        classification: 'security_incident',
        reason: 'geen gegevens geraakt',
        reportable: true,
        breach: null,
      },
      'po',
    );
    expect(security).toMatchObject({ reportable: null, reportBy: null });
  });

  it('asks why after 72 hours, the clock running through the night and the weekend', () => {
    // Noticed on a Friday night; the deadline is Monday night, not "three working days".
    const { incidents, clock } = register('2026-12-04T22:00:00.000Z');
    const { id } = incidents.report(laptop, 'Karin');
    incidents.classify(
      { id, classification: 'data_breach', reason: 'weg', reportable: true, breach: null },
      'po',
    );
    clock.advance(73);
    expect(() =>
      incidents.recordReport({ id, at: null, reference: 'AP-1', delayReason: null }, 'po'),
    ).toThrow(/reason for the delay/);
    const late = incidents.recordReport(
      {
        id,
        at: null,
        reference: 'AP-1',
        delayReason: 'Pas maandag ontdekt dat het een datalek was.',
      },
      'po',
    );
    expect(late.reportBy).toBe('2026-12-07T22:00:00.000Z');
    expect(late.delayReason).toMatch(/maandag/);
  });

  it('tells the privacy officer at once, and reminds at 24, 48 and 64 hours, each once', async () => {
    const box = await mailbox();
    const { incidents, clock, s, db } = register('2026-12-04T22:00:00.000Z');
    box.useFrom(s.settings);
    notifySettings(s.settings).setPrivacyOfficer('privacy@vn.example');
    const sender = incidentNoticeOutbox({
      repo: incidentsRepo(db),
      settings: s.settings,
      now: () => clock.now,
    });
    try {
      const { id } = incidents.report(laptop, 'Karin');
      await sender.deliverDue();
      expect(box.mails.map((m) => [m.to, m.subject])).toEqual([
        [
          'privacy@vn.example',
          `Lobby: Incident ${id} bij Verdieping 4: Laptop uit de auto gestolen`,
        ],
      ]);
      incidents.classify(
        { id, classification: 'data_breach', reason: 'weg', reportable: true, breach: null },
        'po',
      );
      for (const hours of [10, 14, 1, 23, 5, 11, 1]) {
        clock.advance(hours);
        incidents.remind();
        incidents.remind();
        await sender.deliverDue();
      }
      // 65 hours: the three reminders, in order, none twice.
      expect(box.mails.slice(1).map((m) => m.subject.slice(0, 30))).toEqual([
        'Lobby: nog 48 uur om te melden',
        'Lobby: nog 24 uur om te melden',
        'Lobby: nog 8 uur om te melden:',
      ]);
      expect(box.mails[1]!.text).toContain('Uiterlijk melden: 2026-12-07T22:00:00.000Z');
      // Reported: the clock stops, and no reminder follows.
      incidents.recordReport({ id, at: null, reference: 'AP-7', delayReason: null }, 'po');
      clock.advance(10);
      expect(incidents.remind()).toBe(0);
    } finally {
      await sender.stop();
      await box.close();
    }
  });
});
