import { describe, expect, it } from 'vitest';
import { holdersRepo } from '../../db/repos/holders';
import { testReception } from '../../test/support/reception';
import type { TapPurpose } from '../../vocabulary';

/** BEZ-01, BEZ-02 and BEZ-04 are in the pool; BEZ-03 was not handed in (fixture tag register). */
const bez01 = '041B1251F77A28';
const bez02 = '434FC29C';
const bez03 = '0407BE6DC137B6';

async function withVisits() {
  const desk = { open: true };
  const t = await testReception(undefined, { desk: { current: () => 1, isOpen: () => desk.open } });
  const signIn = (visitorName: string) => {
    const r = t.reception.desk.signIn({
      expectedVisitId: null,
      visitorName,
      visitorCompany: '',
      visitorPhone: '',
      hostId: t.personId('E1001'),
      purpose: 'meeting',
      locale: 'nl',
    });
    if (r.outcome !== 'signedIn') throw new Error(r.outcome);
    return r.visitId;
  };
  const tap = (uid: string, purpose: TapPurpose = 'desk') =>
    t.reception.taps.onTap(holdersRepo(t.db).byUid(uid), uid, purpose);
  return { ...t, signIn, tap, desk };
}

describe('badge taps at reception', () => {
  it('forgets a hand-out when the console locks: the next tap is an ordinary one', async () => {
    const { reception, signIn, tap, desk } = await withVisits();
    const visit = signIn('Annelies Koster');
    reception.taps.arm(visit, 'staff');
    desk.open = false; // Lock, or two quiet minutes
    expect(tap(bez01)).not.toMatchObject({ outcome: 'issued' });
    expect(reception.desk.byId(visit)).toMatchObject({ badgeOut: false });
    desk.open = true;
    expect(tap(bez01)).not.toMatchObject({ outcome: 'issued' });
  });

  it('hands a pool badge to the selected visit, and takes it back on the next tap', async () => {
    const { reception, signIn, tap, clock } = await withVisits();
    const visit = signIn('Annelies Koster');
    reception.taps.arm(visit, 'staff');
    expect(tap(bez01)).toMatchObject({ outcome: 'issued', name: 'Annelies', label: 'BEZ-01' });
    expect(reception.desk.byId(visit)).toMatchObject({
      badgeOut: true,
      badge: { label: 'BEZ-01' },
    });
    clock.advance(90);
    // Not armed any more: the badge coming back signs the visitor out.
    expect(tap(bez01)).toMatchObject({ outcome: 'returned', name: 'Annelies', visitId: visit });
    expect(reception.desk.byId(visit)).toMatchObject({ status: 'left', badgeOut: false });
    // The same badge tapped again straight after: the same hand-in, said so, nothing changes.
    expect(tap(bez01)).toMatchObject({ outcome: 'alreadyReturned' });
    clock.advance(5);
    expect(tap(bez01)).toMatchObject({ outcome: 'notIssued', label: 'BEZ-01' });
  });

  it('says who has a badge that is already out, and refuses badges that cannot go out', async () => {
    const { reception, signIn, tap, clock } = await withVisits();
    const first = signIn('Annelies Koster');
    const second = signIn('Bram Smit');
    reception.taps.arm(first, 'staff');
    tap(bez02);
    reception.taps.arm(second, 'staff');
    expect(tap(bez02)).toMatchObject({ outcome: 'alreadyIssued', name: 'Annelies Koster' });
    expect(tap(bez03)).toMatchObject({ outcome: 'unusable', label: 'BEZ-03' });
    // A staff tag is not a visitor badge; an unknown tag is unknown.
    expect(tap('90E6D3A0')).toMatchObject({ outcome: 'notVisitorBadge' });
    expect(tap('DEADBEEF')).toMatchObject({ outcome: 'unknown' });
    // A minute later the desk's selection has lapsed: a staff tag is nobody's business here.
    clock.advance(2);
    expect(tap('90E6D3A0')).toBeNull();
    expect(() => reception.taps.arm(999, 'staff')).toThrow(/no visit/);
  });

  it('taps staff in and out when the site has that on', async () => {
    const { reception, tap, clock } = await withVisits();
    expect(tap('90E6D3A0', 'reception')).toBeNull();
    reception.config.set({ ...reception.config.get(), staffPresence: true });
    expect(tap('90E6D3A0', 'reception')).toMatchObject({ outcome: 'staffIn', name: 'Marleen' });
    expect(reception.evacuation.presence('staff').staff.map((s) => s.name)).toEqual([
      'Marleen Veldkamp-Smit',
    ]);
    clock.advance(1);
    expect(tap('90E6D3A0', 'reception')).toMatchObject({ outcome: 'staffOut' });
    expect(reception.evacuation.presence('staff').staff).toEqual([]);
  });

  it('does what the screen in front of the reader says a tap is for, and nothing else', async () => {
    const { reception, signIn, tap } = await withVisits();
    reception.config.set({ ...reception.config.get(), staffPresence: true });
    const visit = signIn('Annelies Koster');
    reception.taps.arm(visit, 'staff');
    expect(tap(bez01)).toMatchObject({ outcome: 'issued' });
    // The PIN pad, a person opened by badge, the Tags tab: the tap names the badge, no more.
    expect(tap('90E6D3A0', 'identify')).toBeNull();
    expect(tap(bez01, 'identify')).toBeNull();
    expect(reception.evacuation.presence('staff').staff).toEqual([]);
    expect(reception.desk.byId(visit)).toMatchObject({ status: 'waiting', badgeOut: true });
    // At the desk a staff badge does not tap its holder in; a visitor badge comes back.
    expect(tap('90E6D3A0', 'desk')).toBeNull();
    expect(tap(bez01, 'desk')).toMatchObject({ outcome: 'returned' });
    // A hand-out armed at the desk does not reach the lobby's screens.
    const second = signIn('Bram Smit');
    reception.taps.arm(second, 'staff');
    expect(tap(bez02, 'reception')).toMatchObject({ outcome: 'notIssued' });
    expect(reception.desk.byId(second)).toMatchObject({ badgeOut: false });
    expect(tap('90E6D3A0', 'reception')).toMatchObject({ outcome: 'staffIn' });
  });
});
