/**
 * Findings worked off across runs. Each run's findings are kept by their stable key (kind and
 * subject): a new one opens, a known one gets the run's evidence, a resolved one that happens
 * again (new evidence, or the building still shows it) opens again, and an accepted risk opens
 * again when its end date has passed. Every run and every change of status is audited.
 */
import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type { SettingsRepo } from '../../db/repos/settings';
import type { FindingRow, FindingsRepo } from '../../db/repos/findings';
import type { ReconcileRepo } from '../../db/repos/reconcile';
import {
  locales,
  type FindingKind,
  type FindingStatus,
  type Locale,
  type Severity,
} from '../../vocabulary';
import type { SiteConfig } from '../domain/site-model';
import type { IncidentService } from '../incidents';
import { AppError } from '../ipc/errors';
import type { Finding, FindingRecord, ReconcileRun, ReviewReminder } from './calls';
import { keyOf } from './finding';
import { reconcile } from './reconcile';
import { buildingTerms } from './building-terms';
import { buildingRequests } from './requests';
import { explainer } from './texts';

export interface FindingFilter {
  /** The language of each finding's reason and action. */
  locale: Locale;
  status: FindingStatus | null;
  severity: Severity | null;
  kind: FindingKind | null;
  subject: string | null;
}

/** Stored with its reason and action in every language, so each screen shows its own. */
type StoredFinding = Finding & { texts: Record<Locale, { reason: string; action: string }> };

const stored = (f: Finding, site: SiteConfig): string =>
  JSON.stringify({
    ...f,
    texts: Object.fromEntries(
      locales.map((l) => [l, explainer(l)(f.kind, { ...f, zone: zoneWords(f.zone, site, l) })]),
    ) as StoredFinding['texts'],
  } satisfies StoredFinding);

/** Zone ids in a finding ("F4_IT", "+F4_IT -F4_HR") as the zones' names in that language. */
function zoneWords(zone: string | null, site: SiteConfig, locale: Locale): string | null {
  if (zone === null) return null;
  return zone.replace(/[A-Za-z0-9_.-]+/g, (id) => {
    const z = site.zones.find((candidate) => candidate.id === id);
    return z ? (z.labels?.[locale] ?? z.label) : id;
  });
}

const record = (row: FindingRow, locale: Locale): FindingRecord => {
  const { texts, ...finding } = JSON.parse(row.detail) as StoredFinding;
  return { ...finding, ...texts[locale], ...rowFields(row) };
};

/** The row's own columns over the stored evidence: its id, severity and state. */
const rowFields = ({ key: _key, kind: _kind, detail: _detail, ...own }: FindingRow) => own;

/** Does this run's finding reopen a resolved or expired accepted one? */
function reopens(row: FindingRow, f: Finding, asOf: string): boolean {
  if (row.status === 'accepted')
    return row.acceptedUntil !== null && row.acceptedUntil < asOf.slice(0, 10);
  if (row.status !== 'resolved') return false;
  // Events after it was resolved, or a state the building still shows in a later export.
  return f.events.length === 0 ? asOf > row.statusAt : (f.lastAt ?? '') > row.statusAt;
}

const PeriodDays = z.number().int().min(1).max(366);
const dayMs = 86_400_000;

export function findingsService(deps: {
  settings: SettingsRepo;
  findings: FindingsRepo;
  data: ReconcileRepo;
  site: () => SiteConfig;
  audit: AuditRepo;
  /** A high finding that opens (or opens again) is proposed to the incident register. */
  incidents?: Pick<IncidentService, 'propose'>;
  now?: () => Date;
}) {
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const { findings, audit } = deps;

  return {
    run(
      actor: string,
      opts: { asOf?: Date | undefined; locale?: Locale } = {},
    ): ReconcileRun & { result: ReturnType<typeof reconcile> } {
      const site = deps.site();
      const result = reconcile(deps.data, site, {
        ...(opts.asOf ? { asOf: opts.asOf } : {}),
        ...(opts.locale ? { locale: opts.locale } : {}),
      });
      const ranAt = now();
      const counts = { findings: result.findings.length, new: 0, reopened: 0, open: 0 };
      const raised: { id: number; kind: FindingKind; firstAt: string | null }[] = [];
      const runId = findings.transaction(() => {
        const id = findings.startRun({ ranAt, asOf: result.asOf, runBy: actor });
        for (const f of result.findings) {
          const key = keyOf(f.kind, f);
          const detail = stored(f, site);
          const row = findings.byKey(key);
          if (!row) {
            findings.insert({
              key,
              kind: f.kind,
              severity: f.severity,
              at: ranAt,
              by: actor,
              runId: id,
              detail,
            });
            counts.new += 1;
            if (f.severity === 'high')
              raised.push({ id: findings.byKey(key)!.id, kind: f.kind, firstAt: f.firstAt });
            continue;
          }
          findings.seen({ id: row.id, severity: f.severity, runId: id, detail });
          if (reopens(row, f, result.asOf)) {
            findings.setStatus({
              id: row.id,
              status: 'open',
              note: 'happened again',
              until: null,
              at: ranAt,
              by: actor,
            });
            counts.reopened += 1;
            if (f.severity === 'high')
              raised.push({ id: row.id, kind: f.kind, firstAt: f.firstAt });
          }
        }
        counts.open = findings.all().filter((r) => r.status === 'open').length;
        findings.finishRun(id, counts);
        return id;
      });
      audit.record({ actor, action: 'reconcile.run', subject: String(runId), detail: counts });
      // Known from this run on: the moment of awareness is now, not when the door was opened.
      for (const r of raised)
        deps.incidents?.propose({
          source: 'finding',
          key: `${r.id}:${runId}`,
          what: r.kind,
          awareAt: ranAt,
          occurredAt: r.firstAt,
          findingId: r.id,
          evidence: { finding: r.id, kind: r.kind, run: runId },
        });
      return { id: runId, ranAt, asOf: result.asOf, runBy: actor, counts, result };
    },

    list(filter: FindingFilter): FindingRecord[] {
      const subject = filter.subject?.toLowerCase() ?? null;
      return findings
        .all()
        .map((row) => record(row, filter.locale))
        .filter(
          (f) =>
            (filter.status === null || f.status === filter.status) &&
            (filter.severity === null || f.severity === filter.severity) &&
            (filter.kind === null || f.kind === filter.kind) &&
            (subject === null ||
              [f.employeeId, f.tagUid, f.cardNumber, f.door, f.holderName, f.zone].some((v) =>
                v?.toLowerCase().includes(subject),
              )),
        );
    },

    setStatus(
      s: {
        id: number;
        status: FindingStatus;
        note: string | null;
        acceptedUntil: string | null;
        locale: Locale;
      },
      actor: string,
    ): FindingRecord {
      if (!findings.byId(s.id))
        throw new AppError('not_found', `There is no finding with id ${s.id}.`);
      if (s.status === 'accepted' && (!s.acceptedUntil || !s.note))
        throw new AppError('invalid_argument', 'An accepted risk needs a reason and an end date.');
      findings.setStatus({
        id: s.id,
        status: s.status,
        note: s.note,
        until: s.status === 'accepted' ? s.acceptedUntil : null,
        at: now(),
        by: actor,
      });
      audit.record({
        actor,
        action: 'finding.status',
        subject: String(s.id),
        detail: { status: s.status },
      });
      return record(findings.byId(s.id)!, s.locale);
    },

    /**
     * What to ask the building manager now: the open and acknowledged findings of the kinds they
     * can act on. Audited, as it leaves the office.
     */
    buildingReport(actor: string, locale: Locale) {
      const worked = (status: FindingStatus) =>
        this.list({ locale, status, severity: null, kind: null, subject: null });
      const open = [...worked('open'), ...worked('acknowledged')];
      const terms = buildingTerms(
        {
          site: deps.site(),
          cardholders: deps.data.cardholders(),
          cardRule: deps.data.cardholderCardRule(),
        },
        locale,
      );
      const rows = buildingRequests(open, locale, terms);
      const last = findings.runs(1)[0];
      audit.record({ actor, action: 'reconcile.report', detail: { rows: rows.length } });
      return { rows, asOf: last?.asOf ?? now(), createdAt: now() };
    },

    reminder(): ReviewReminder {
      const periodDays = deps.settings.get('reconcile.periodDays', PeriodDays, 30);
      const lastRunAt = findings.runs(1)[0]?.ranAt ?? null;
      const due =
        lastRunAt === null || Date.parse(now()) - Date.parse(lastRunAt) > periodDays * dayMs;
      return { periodDays, lastRunAt, due };
    },

    setPeriod(days: number, actor: string): ReviewReminder {
      deps.settings.set('reconcile.periodDays', PeriodDays.parse(days));
      audit.record({ actor, action: 'settings.reviewPeriod', detail: { days } });
      return this.reminder();
    },

    runs: (): ReconcileRun[] =>
      findings
        .runs()
        .map((r) => ({ ...r, counts: JSON.parse(r.counts) as ReconcileRun['counts'] })),
  };
}
export type FindingsService = ReturnType<typeof findingsService>;
