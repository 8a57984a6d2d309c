/** A finding as `lobby reconcile --json` prints it, and how the rules build one. */
import type { FindingKind, Severity } from '../../vocabulary';
import type { Finding } from './calls';

export type { Finding };
import type { RecEvent } from '../../db/repos/reconcile';

/** Who or what a finding is about; with the kind, its stable key across runs. */
export interface Subject {
  employeeId?: string | null;
  holderName?: string | null;
  tagUid?: string | null;
  cardNumber?: string | null;
  door?: string | null;
  zone?: string | null;
}

export const keyOf = (kind: FindingKind, s: Subject) =>
  [kind, s.employeeId ?? '', s.tagUid ?? '', s.cardNumber ?? '', s.door ?? '', s.zone ?? ''].join(
    '|',
  );

/** Collects findings: the same kind and subject again adds its events to the one finding. */
export function findingSet(
  explain: (kind: FindingKind, s: Subject) => { reason: string; action: string },
) {
  const byKey = new Map<
    string,
    { kind: FindingKind; severity: Severity; subject: Subject; events: RecEvent[] }
  >();
  return {
    add(kind: FindingKind, severity: Severity, subject: Subject, events: RecEvent[] = []): void {
      const key = keyOf(kind, subject);
      const found = byKey.get(key);
      if (found) found.events.push(...events);
      else byKey.set(key, { kind, severity, subject, events: [...events] });
    },
    list(): Finding[] {
      return [...byKey.values()].map(({ kind, severity, subject, events }) => {
        const sorted = [...events].sort((a, b) => a.at - b.at);
        const iso = (e: RecEvent) => new Date(e.at).toISOString();
        return {
          kind,
          severity,
          employeeId: subject.employeeId ?? null,
          holderName: subject.holderName ?? null,
          tagUid: subject.tagUid ?? null,
          cardNumber: subject.cardNumber ?? null,
          door: subject.door ?? null,
          zone: subject.zone ?? null,
          eventCount: sorted.length,
          firstAt: sorted[0] ? iso(sorted[0]) : null,
          lastAt: sorted.at(-1) ? iso(sorted.at(-1)!) : null,
          events: sorted.map((e) => ({ at: iso(e), door: e.door, outcome: e.outcome })),
          ...explain(kind, subject),
        };
      });
    },
  };
}
export type FindingSet = ReturnType<typeof findingSet>;
