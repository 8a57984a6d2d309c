import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { holdersRepo } from '../../db/repos/holders';
import { canonicalUid } from '../../hardware/uid';
import { testReception, type TestReception } from '../../test/support/reception';
import { receptionHandlers } from './handlers';
import { createServices } from '../app/services';

const walkIn = (over: Record<string, unknown> = {}) => ({
  expectedVisitId: null,
  visitorName: 'Annelies Koster',
  visitorCompany: 'Gemeente Amersfoort',
  visitorPhone: '',
  hostId: null as number | null,
  purpose: 'meeting' as const,
  locale: 'nl' as const,
  ...over,
});

/** Marleen (E1001) with an e-mail address, and a mail server to tell her through. */
function withMailForMarleen(reception: TestReception['reception'], db: Db) {
  db.prepare("UPDATE people SET email = 'marleen@vn.example' WHERE employee_id = 'E1001'").run();
  reception.notify.setEmail({
    host: '127.0.0.1',
    port: 2525,
    security: 'none',
    user: null,
    password: null,
    from: 'lobby@vn.example',
  });
}

describe('the desk', () => {
  it('signs a walk-in in for a host, who is told; the same visitor twice is one visit', async () => {
    const { reception, personId, db } = await testReception();
    withMailForMarleen(reception, db);
    const host = personId('E1001');
    const first = reception.desk.signIn(walkIn({ hostId: host }));
    expect(first).toMatchObject({ outcome: 'signedIn', hostFirstName: 'Marleen', hostTold: true });
    const [visit] = reception.desk.list('2026-11-30');
    expect(visit).toMatchObject({ status: 'waiting', source: 'self', overdue: false });
    expect(visit!.notifications).toMatchObject([
      { kind: 'arrival', channel: 'email', status: 'queued' },
    ]);
    // Again, with other capitals and spaces: the visitor is already here.
    expect(
      reception.desk.signIn(walkIn({ hostId: host, visitorName: '  annelies  KOSTER ' })),
    ).toEqual({ outcome: 'alreadySignedIn' });
    expect(reception.desk.list('2026-11-30')).toHaveLength(1);
  });

  it('refuses a host who has left, and stores names as typed, without control characters', async () => {
    const { reception, personId } = await testReception();
    expect(reception.desk.signIn(walkIn({ hostId: personId('E1017') }))).toEqual({
      outcome: 'hostUnavailable',
    });
    const rtl = reception.desk.signIn(
      walkIn({ visitorName: 'سارا\u202e احمدی 👋', hostId: personId('E1002') }),
    );
    expect(rtl.outcome).toBe('signedIn');
    expect(reception.desk.list('2026-11-30')[0]!.visitorName).toBe('سارا احمدی 👋');
  });

  it('finds hosts and expected visitors only by a few typed letters, never the whole list', async () => {
    const { reception, personId } = await testReception();
    expect(reception.desk.findHosts('')).toEqual([]);
    expect(reception.desk.findHosts('m')).toEqual([]);
    expect(reception.desk.findHosts('marl').map((h) => h.name)).toEqual(['Marleen Veldkamp-Smit']);
    // Leavers are not offered.
    expect(reception.desk.findHosts('hoekstra')).toEqual([]);
    expect(reception.desk.findHosts('e').length).toBe(0);
    expect(reception.desk.findHosts('de')).toEqual([]);
    expect(reception.desk.findHosts('van').length).toBeLessThanOrEqual(4);

    reception.desk.register(
      {
        visitorName: 'Jeroen Bakker',
        visitorCompany: 'Drukkerij Eemkade',
        visitorPhone: '',
        hostId: personId('E1001'),
        purpose: 'meeting',
        visitDate: '2026-11-30',
        expectedTime: '10:00',
        signInNow: false,
      },
      'staff',
    );
    expect(reception.desk.findExpected('ba')).toEqual([]);
    const [found] = reception.desk.findExpected('bak');
    expect(found).toMatchObject({ visitorName: 'Jeroen Bakker', hostName: 'Marleen' });
    expect(
      reception.desk.signIn(walkIn({ expectedVisitId: found!.id, visitorName: 'Jeroen Bakker' })),
    ).toMatchObject({ outcome: 'signedIn' });
    expect(reception.desk.findExpected('bak')).toEqual([]);
    expect(
      reception.desk.signIn(walkIn({ expectedVisitId: found!.id, visitorName: 'Jeroen Bakker' })),
    ).toEqual({ outcome: 'alreadySignedIn' });
  });

  it('picks up, signs out, and closes the day: a badge not handed in is recorded', async () => {
    const { reception, personId, db, clock } = await testReception();
    const a = reception.desk.signIn(walkIn({ hostId: personId('E1002') }));
    const b = reception.desk.signIn(walkIn({ visitorName: 'Bram Smit', hostId: null }));
    if (a.outcome !== 'signedIn' || b.outcome !== 'signedIn') throw new Error('not signed in');
    expect(reception.desk.pickUp(a.visitId, 'staff').status).toBe('present');
    expect(() => reception.desk.pickUp(a.visitId, 'staff')).toThrow(/not waiting/);
    reception.taps.arm(b.visitId, 'staff');
    expect(reception.taps.onTap(holder('43:4F:C2:9C', db), '434FC29C', 'desk')?.outcome).toBe(
      'issued',
    );
    expect(reception.desk.signOut(a.visitId, 'staff').status).toBe('left');
    clock.advance(9 * 60);
    expect(reception.desk.closeDay('2026-11-30', 'Vergeten uit te tekenen', 'staff')).toEqual({
      closed: 1,
      badgesNotReturned: 1,
    });
    expect(reception.desk.byId(b.visitId)).toMatchObject({
      status: 'closed',
      closeReason: 'Vergeten uit te tekenen',
    });
    expect(db.prepare("SELECT status FROM tags WHERE uid = '434FC29C'").pluck().get()).toBe(
      'not_returned',
    );
    expect(
      db
        .prepare(
          "SELECT count(*) FROM incidents WHERE source = 'tag_not_returned' AND visit_id IS NOT NULL",
        )
        .pluck()
        .get(),
    ).toBeGreaterThan(0);
    expect(
      db.prepare("SELECT count(*) FROM audit_log WHERE action = 'visit.close'").pluck().get(),
    ).toBe(1);
  });

  it('takes a sign-out made by mistake back within five minutes, and audits it', async () => {
    const { reception, db, clock } = await testReception();
    const a = reception.desk.signIn(walkIn());
    if (a.outcome !== 'signedIn') throw new Error(a.outcome);
    reception.desk.signOut(a.visitId, 'staff');
    clock.advance(4);
    expect(reception.desk.undoSignOut(a.visitId, 'staff')).toMatchObject({
      status: 'waiting',
      checkedOutAt: null,
    });
    expect(reception.evacuation.presence('staff').visitors.map((v) => v.name)).toContain(
      'Annelies Koster',
    );
    reception.desk.signOut(a.visitId, 'staff');
    clock.advance(6);
    expect(() => reception.desk.undoSignOut(a.visitId, 'staff')).toThrow(/no longer be undone/);
    expect(
      db.prepare("SELECT count(*) FROM audit_log WHERE action = 'visit.undoSignOut'").pluck().get(),
    ).toBe(1);
  });

  it('tells the host again once when nobody picked the visitor up in time', async () => {
    const { reception, personId, db, clock } = await testReception();
    db.prepare("UPDATE people SET email = 'joost@vn.example' WHERE employee_id = 'E1002'").run();
    reception.notify.setWebhook({ url: 'http://127.0.0.1:9/hook' });
    const a = reception.desk.signIn(walkIn({ hostId: personId('E1002') }));
    if (a.outcome !== 'signedIn') throw new Error('not signed in');
    expect(reception.remindOverdue()).toBe(0);
    clock.advance(11);
    expect(reception.desk.byId(a.visitId).overdue).toBe(true);
    reception.remindOverdue();
    reception.remindOverdue();
    const kinds = reception.desk.byId(a.visitId).notifications.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'overdue')).toEqual(['overdue']);
  });

  it('keeps a phone number only where the site asks for one', async () => {
    const { reception } = await testReception();
    const withPhone = (visitorName: string) =>
      reception.desk.signIn(walkIn({ visitorName, visitorPhone: '+31 6 1234 5678' }));
    withPhone('Anna Zonder');
    reception.config.set({ ...reception.config.get(), askPhone: true });
    withPhone('Bram Met');
    expect(reception.desk.list('2026-11-30').map((v) => [v.visitorName, v.visitorPhone])).toEqual([
      ['Anna Zonder', null],
      ['Bram Met', '+31 6 1234 5678'],
    ]);
  });

  it('does not list the staff to someone trying every pair or triple of letters', async () => {
    const { reception } = await testReception();
    const handlers = receptionHandlers({ reception, operator: () => 'visitor' });
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const pairs = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    expect(pairs.flatMap((q) => reception.desk.findHosts(q))).toEqual([]);
    // Three letters find someone, but a script typing them as fast as it can is slowed down.
    const ask = (q: string) => {
      try {
        return handlers.findHosts(q);
      } catch (err) {
        return (err as Error).message;
      }
    };
    const first = [...letters].map((a) => ask(`${a}an`));
    expect(first.filter((a) => typeof a === 'string')).toEqual([]);
    expect(Array.from({ length: 10 }, () => ask('van'))).toContain(
      'Too many searches for a host. Wait a moment.',
    );
  });

  it('stores a walk-in, its sign-in and the host’s notices together, or none of them', async () => {
    const { reception, personId, db } = await testReception();
    withMailForMarleen(reception, db);
    // The outbox refuses the notice (a full disk, say): the sign-in fails whole.
    db.exec(
      "CREATE TEMP TRIGGER refuse_notice BEFORE INSERT ON notifications BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    expect(() => reception.desk.signIn(walkIn({ hostId: personId('E1001') }))).toThrow(/disk full/);
    expect(reception.desk.list('2026-11-30')).toEqual([]);
    db.exec('DROP TRIGGER temp.refuse_notice');
    expect(reception.desk.signIn(walkIn({ hostId: personId('E1001') }))).toMatchObject({
      outcome: 'signedIn',
      hostTold: true,
    });
  });
});

function holder(uid: string, db: Db) {
  return holdersRepo(db).byUid(canonicalUid(uid)!);
}

describe('a visitor erased at their request', () => {
  it('is signed out with the erasure: nobody nameless stays on the desk or the evacuation list', async () => {
    const { reception, personId, db } = await testReception();
    const signedIn = reception.desk.signIn(walkIn({ hostId: personId('E1001') }));
    if (signedIn.outcome !== 'signedIn') throw new Error(signedIn.outcome);
    expect(reception.evacuation.presence('t').visitors).toHaveLength(1);
    createServices(db).subjectRequests.eraseVisitor(signedIn.visitId, 'request by e-mail', 'po');
    expect(reception.evacuation.presence('t').visitors).toEqual([]);
    expect(reception.desk.byId(signedIn.visitId)).toMatchObject({
      visitorName: '',
      status: 'left',
    });
  });
});
