/**
 * Who is in the building by the kiosk's records (visitors signed in, staff who tapped in today,
 * contractors), the evacuation (BHV) list printed from it, and the roll call that ticks people
 * off during a drill or an evacuation. All of it works with no network: it is the local database.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { PresenceRepo } from '../../db/repos/presence';
import type { ReceptionRepo } from '../../db/repos/reception';
import type { RollCallsRepo } from '../../db/repos/roll-calls';
import type { Locale, RollCallReason } from '../../vocabulary';
import { AppError } from '../ipc/errors';
import { utcToLocal } from '../tables/local-time';
import type { KioskPart, Presence, ReceptionFile, RollCall } from './calls';
import { evacuationPdf, rollCallPdf } from './evacuation-pdf';
import type { ReceptionSettingsStore } from './reception-settings';

export interface EvacuationDeps {
  repo: ReceptionRepo;
  presence: PresenceRepo;
  rollCalls: RollCallsRepo;
  audit: AuditRepo;
  settings: ReceptionSettingsStore;
  siteName: () => string;
  timezone: () => string;
  now: () => Date;
  dateOf: (at: Date) => string;
  /** Where each visit was signed in and how fresh each kiosk's part is (a central store). */
  kiosks?: KioskParts;
}

export interface KioskParts {
  parts: () => KioskPart[] | null;
  kioskOf: (visitId: number) => string | null;
  /** A row's global key (its own id when the kiosk has no central store). */
  keyOf: (table: 'visits' | 'people', id: number) => string;
  /** Signed in here (or the kiosk has no central store). */
  ours: (visitId: number) => boolean;
}

export function evacuation(deps: EvacuationDeps) {
  const presence = (): Presence => {
    const now = deps.now();
    const staffPresence = deps.settings.get().staffPresence;
    return {
      at: now.toISOString(),
      staffPresence,
      visitors: deps.repo.present().map((v) => ({
        visitId: v.id,
        name: v.visitorName,
        company: v.visitorCompany,
        host: v.hostName,
        badgeLabel: v.badgeIssuedAt && !v.badgeReturnedAt ? v.badgeLabel : null,
        since: v.checkedInAt!,
        purpose: v.purpose ?? 'other',
        kiosk: deps.kiosks?.kioskOf(v.id) ?? null,
      })),
      staff: staffPresence ? deps.presence.inOn(deps.dateOf(now)) : [],
      kiosks: deps.kiosks?.parts() ?? null,
    };
  };
  const rollCall = (id: number): RollCall => {
    const row = deps.rollCalls.byId(id);
    if (!row) throw new AppError('not_found', `There is no roll call ${id}.`);
    return { ...row, entries: deps.rollCalls.entries(id) };
  };
  const file = (fileName: string, bytes: Buffer): ReceptionFile => ({
    fileName,
    mediaType: 'application/pdf',
    base64: bytes.toString('base64'),
  });
  const meta = () => ({ site: deps.siteName(), timezone: deps.timezone() });

  return {
    presence(actor: string): Presence {
      deps.audit.record({ actor, action: 'presence.view' });
      return presence();
    },
    async evacuationList(locale: Locale, actor: string): Promise<ReceptionFile> {
      const list = presence();
      deps.audit.record({ actor, action: 'presence.export', detail: { format: 'pdf' } });
      const bytes = await evacuationPdf(list, meta(), locale);
      // Named by the site's wall clock, as the list inside says it.
      const local = utcToLocal(list.at, deps.timezone());
      const stamp = `${local.date}${local.time.slice(0, 5)}`.replace(/[-:]/g, '');
      return file(
        `${locale === 'nl' ? 'ontruimingslijst' : 'evacuation-list'}-${stamp}.pdf`,
        bytes,
      );
    },
    current: () => {
      const row = deps.rollCalls.current();
      return row ? rollCall(row.id) : null;
    },
    start(reason: RollCallReason, actor: string): RollCall {
      const open = deps.rollCalls.current();
      if (open) return rollCall(open.id);
      const list = presence();
      const id = deps.rollCalls.start(reason, list.at, actor, [
        // Keys every kiosk reads the same (global keys), so ticks from any kiosk meet.
        ...list.visitors.map((v) => ({
          key: `visit-${deps.kiosks?.keyOf('visits', v.visitId) ?? v.visitId}`,
          kind: 'visitor' as const,
          name: v.name,
          detail: [v.company, v.host].filter(Boolean).join(' · ') || null,
        })),
        ...list.staff.map((s) => ({
          key: `person-${deps.kiosks?.keyOf('people', s.personId) ?? s.personId}`,
          kind: 'staff' as const,
          name: s.name,
          detail: s.department,
        })),
      ]);
      deps.audit.record({
        actor,
        action: 'rollCall.start',
        subject: String(id),
        detail: { reason },
      });
      return rollCall(id);
    },
    mark(id: number, key: string, accounted: boolean, actor: string): RollCall {
      const call = rollCall(id);
      if (call.endedAt) throw new AppError('conflict', 'This roll call has ended.');
      if (!deps.rollCalls.mark(id, key, accounted ? deps.now().toISOString() : null))
        throw new AppError('not_found', 'That person is not on this roll call.');
      deps.audit.record({
        actor,
        action: 'rollCall.mark',
        subject: String(id),
        detail: { key, accounted },
      });
      return rollCall(id);
    },
    end(id: number, actor: string): RollCall {
      rollCall(id);
      deps.rollCalls.end(id, deps.now().toISOString(), actor);
      deps.audit.record({ actor, action: 'rollCall.end', subject: String(id) });
      return rollCall(id);
    },
    async report(id: number, locale: Locale, actor: string): Promise<ReceptionFile> {
      const call = rollCall(id);
      deps.audit.record({ actor, action: 'rollCall.export', subject: String(id) });
      const bytes = await rollCallPdf(call, meta(), locale);
      return file(
        `${locale === 'nl' ? 'appel' : 'roll-call'}-${call.startedAt.slice(0, 10)}.pdf`,
        bytes,
      );
    },
  };
}
export type Evacuation = ReturnType<typeof evacuation>;
