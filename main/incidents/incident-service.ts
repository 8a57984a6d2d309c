/**
 * The incident register's rules. Reports and Lobby's proposals enter it; the privacy officer is
 * told of each at once through the register's outbox. Proposals are accepted or dismissed with a
 * reason, never silently; a classification says whether it is a breach and whether it must be
 * reported; recording the report stops the 72-hour clock, and a late one must say why. Every
 * change is audited (`incident.*`).
 */
import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type {
  IncidentNoticeKind,
  IncidentRow,
  IncidentsRepo,
  NewIncident,
} from '../../db/repos/incidents';
import type { SettingsRepo } from '../../db/repos/settings';
import { locales, type IncidentSource } from '../../vocabulary';
import { AppError } from '../ipc/errors';
import type { BreachClock, BreachDetails, IncidentDetail, IncidentSummary } from './calls';
import { isLate, remindersDue, reportBy } from './clock';
import { incidentNotice } from './notices';
import { officerMail } from './officer-mail';

export interface IncidentDeps {
  repo: IncidentsRepo;
  audit: AuditRepo;
  settings: SettingsRepo;
  siteName: () => string;
  now?: () => Date;
  /** Told when something was queued for the outbox or the register changed. */
  changed?: () => void;
}

/** What Lobby saw, as a proposal: its source, what it links to, and one key per thing seen. */
export interface Proposal {
  source: Exclude<IncidentSource, 'report'>;
  key: string;
  what: string | null;
  awareAt: string;
  occurredAt?: string | null;
  reportedBy?: string;
  tagId?: number | null;
  personId?: number | null;
  visitId?: number | null;
  findingId?: number | null;
  evidence?: Record<string, unknown> | null;
}

export function incidentService(deps: IncidentDeps) {
  const { repo, audit } = deps;
  const now = () => (deps.now ?? (() => new Date()))();
  const locale = () => deps.settings.get('kiosk.defaultLocale', z.enum(locales), 'nl');

  const get = (id: number): IncidentRow => {
    const row = repo.byId(id);
    if (!row) throw new AppError('not_found', `There is no incident ${id}.`);
    return row;
  };

  const mail = officerMail({ repo, settings: deps.settings, now, changed: () => deps.changed?.() });
  /** Queues one notice to the privacy officer's mailbox; false when no address is set. */
  const tell = (row: IncidentRow, kind: IncidentNoticeKind): boolean => {
    const m = incidentNotice(kind, row, { site: deps.siteName(), locale: locale() });
    return mail.send({ about: 'incident', aboutId: row.id, kind, ...m });
  };

  const add = (incident: NewIncident, actor: string): { row: IncidentRow; added: boolean } => {
    const { id, added } = repo.add(incident, now().toISOString());
    const row = get(id);
    if (added) {
      const proposed = incident.origin === 'lobby';
      audit.record({
        actor,
        action: proposed ? 'incident.propose' : 'incident.report',
        subject: String(id),
        detail: { source: incident.source },
      });
      tell(row, 'reported');
      deps.changed?.();
    }
    return { row, added };
  };

  const changedTo = (
    id: number,
    actor: string,
    action: string,
    detail?: Record<string, unknown>,
  ) => {
    audit.record({ actor, action, subject: String(id), ...(detail ? { detail } : {}) });
    deps.changed?.();
    return detailOf(get(id));
  };

  return {
    /** An operator's report: in the register at once, open, and the privacy officer told. */
    report(
      r: {
        title: string;
        what: string;
        affected: string | null;
        occurredAt: string | null;
        awareAt: string | null;
      },
      actor: string,
    ): IncidentSummary {
      const at = now().toISOString();
      const awareAt = r.awareAt ? new Date(r.awareAt).toISOString() : at;
      if (awareAt > at)
        throw new AppError('invalid_argument', 'It cannot be noticed in the future.');
      const occurredAt = r.occurredAt ? new Date(r.occurredAt).toISOString() : null;
      if (occurredAt && occurredAt > awareAt)
        throw new AppError('invalid_argument', 'It cannot have happened after it was noticed.');
      const { row } = add(
        {
          origin: 'operator',
          source: 'report',
          status: 'open',
          title: r.title,
          what: r.what,
          affected: r.affected,
          occurredAt,
          awareAt,
          reportedBy: actor,
          tagId: null,
          personId: null,
          visitId: null,
          findingId: null,
          evidence: null,
          proposalKey: null,
        },
        actor,
      );
      return summaryOf(row);
    },

    /** What Lobby saw, proposed once per key; the privacy officer is told of a new one. */
    propose(p: Proposal, actor = 'lobby'): { id: number; added: boolean } {
      const { row, added } = add(
        {
          origin: 'lobby',
          source: p.source,
          status: 'proposed',
          title: null,
          what: p.what,
          affected: null,
          occurredAt: p.occurredAt ?? null,
          awareAt: p.awareAt,
          reportedBy: p.reportedBy ?? actor,
          tagId: p.tagId ?? null,
          personId: p.personId ?? null,
          visitId: p.visitId ?? null,
          findingId: p.findingId ?? null,
          evidence: p.evidence ? JSON.stringify(p.evidence) : null,
          proposalKey: `${p.source}:${p.key}`,
        },
        actor,
      );
      return { id: row.id, added };
    },

    list(actor: string): IncidentSummary[] {
      audit.record({ actor, action: 'incident.list' });
      return repo.all().map(summaryOf);
    },

    detail(id: number, actor: string): IncidentDetail {
      const row = get(id);
      audit.record({ actor, action: 'incident.view', subject: String(id) });
      return detailOf(row);
    },

    decide(id: number, accept: boolean, reason: string, actor: string): IncidentDetail {
      get(id);
      if (!repo.decide(id, accept ? 'open' : 'dismissed', reason, now().toISOString(), actor))
        throw new AppError('conflict', 'This is no longer a proposal.');
      return changedTo(id, actor, accept ? 'incident.accept' : 'incident.dismiss');
    },

    classify(
      c: {
        id: number;
        classification: IncidentDetail['classification'] & string;
        reason: string;
        reportable: boolean | null;
        breach: BreachDetails | null;
      },
      actor: string,
    ): IncidentDetail {
      const breach = c.classification === 'data_breach';
      if (breach && c.reportable === null)
        throw new AppError('invalid_argument', 'Say whether this data breach must be reported.');
      const row = get(c.id);
      if (row.reportedAt !== null)
        throw new AppError('conflict', 'This breach has been reported: its classification stays.');
      const ok = repo.classify({
        id: c.id,
        classification: c.classification,
        reason: c.reason,
        reportable: breach ? (c.reportable ? 1 : 0) : null,
        breach: breach ? JSON.stringify(c.breach) : null,
        at: now().toISOString(),
        by: actor,
      });
      if (!ok) throw new AppError('conflict', 'A dismissed or closed incident is not classified.');
      return changedTo(c.id, actor, 'incident.classify', {
        classification: c.classification,
        reportable: breach ? c.reportable : null,
      });
    },

    /** The report to the authority: stops the clock; after 72 hours, only with the reason why. */
    recordReport(
      r: { id: number; at: string | null; reference: string; delayReason: string | null },
      actor: string,
    ): IncidentDetail {
      const row = get(r.id);
      if (row.reportable !== 1)
        throw new AppError('conflict', 'Only a data breach that must be reported is reported.');
      const at = r.at ? new Date(r.at).toISOString() : now().toISOString();
      if (at < row.awareAt)
        throw new AppError('invalid_argument', 'It cannot be reported before it was noticed.');
      const late = isLate(row.awareAt, at);
      if (late && !r.delayReason)
        throw new AppError(
          'invalid_argument',
          'Reported after 72 hours: give the reason for the delay (art. 33(1) GDPR).',
        );
      if (!repo.reported(r.id, at, r.reference, late ? r.delayReason : null))
        throw new AppError('conflict', 'This breach has been reported already.');
      return changedTo(r.id, actor, 'incident.reported', { late });
    },

    close(id: number, actor: string): IncidentDetail {
      const row = get(id);
      if (row.reportable === 1 && row.reportedAt === null)
        throw new AppError('conflict', 'Record the report to the authority before closing this.');
      if (!repo.close(id, now().toISOString(), actor))
        throw new AppError('conflict', 'Only an open, classified incident is closed.');
      return changedTo(id, actor, 'incident.close');
    },

    /** The whole register with every detail, for its spreadsheet; audited as an export. */
    everything(actor: string): IncidentDetail[] {
      audit.record({ actor, action: 'incident.exportRegister' });
      return repo.all().map(detailOf);
    },

    /** An incident's document left the kiosk: audited as an export. */
    exported(id: number, actor: string): void {
      audit.record({ actor, action: 'incident.export', subject: String(id) });
    },

    clocks(): BreachClock[] {
      return repo.clocksRunning().map((r) => ({
        id: r.id,
        title: r.title,
        source: r.source,
        reportBy: reportBy(r.awareAt),
      }));
    },

    /** Queues the reminders whose hour has come for every running clock; each goes once. */
    remind(): number {
      let queued = 0;
      for (const row of repo.clocksRunning())
        for (const kind of remindersDue(row.awareAt, now())) if (tell(row, kind)) queued += 1;
      return queued;
    },

    /** Badges lost or not handed in that the building manager must still block. */
    buildingTodo: () => repo.buildingTodo(),
    buildingNotified(id: number, actor: string): void {
      if (!repo.buildingNotified(id, now().toISOString()))
        throw new AppError('not_found', 'That reminder is already done.');
      audit.record({ actor, action: 'incident.buildingNotified', subject: String(id) });
    },
  };
}
export type IncidentService = ReturnType<typeof incidentService>;

export function summaryOf(r: IncidentRow): IncidentSummary {
  const reportable = r.reportable === null ? null : r.reportable === 1;
  return {
    id: r.id,
    origin: r.origin,
    source: r.source,
    status: r.status,
    title: r.title,
    awareAt: r.awareAt,
    occurredAt: r.occurredAt,
    classification: r.classification,
    reportable,
    reportBy: reportable ? reportBy(r.awareAt) : null,
    reportedAt: r.reportedAt,
    reference: r.reportReference,
  };
}

function detailOf(r: IncidentRow): IncidentDetail {
  return {
    ...summaryOf(r),
    what: r.what,
    affected: r.affected,
    reportedBy: r.reportedBy,
    tagUid: r.tagUid,
    personName: r.personName,
    visitId: r.visitId,
    findingId: r.findingId,
    evidence: r.evidence ? (JSON.parse(r.evidence) as Record<string, unknown>) : null,
    decisionReason: r.decisionReason,
    decidedAt: r.decidedAt,
    decidedBy: r.decidedBy,
    classificationReason: r.classificationReason,
    classifiedAt: r.classifiedAt,
    classifiedBy: r.classifiedBy,
    breach: r.breach ? (JSON.parse(r.breach) as BreachDetails) : null,
    delayReason: r.delayReason,
    closedAt: r.closedAt,
    closedBy: r.closedBy,
  };
}
