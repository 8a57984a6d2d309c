/** A visit as the desk sees it: where it is, and whether the host is late to pick it up. */
import type { DeskVisitRow } from '../../db/repos/reception';
import type { NotificationRow } from '../../db/repos/notifications';
import type { VisitStatus } from '../../vocabulary';
import type { Visit } from './calls';

export function statusOf(v: DeskVisitRow): VisitStatus {
  if (v.closedAt) return 'closed';
  if (v.checkedOutAt) return 'left';
  if (!v.checkedInAt) return 'expected';
  return v.pickedUpAt ? 'present' : 'waiting';
}

export function visitView(
  v: DeskVisitRow,
  notifications: NotificationRow[],
  opts: { now: Date; overdueMinutes: number; today: string },
): Visit {
  const status = statusOf(v);
  const overdue =
    status === 'waiting' &&
    opts.now.getTime() - Date.parse(v.checkedInAt!) > opts.overdueMinutes * 60_000;
  return {
    id: v.id,
    reference: v.reference,
    visitorName: v.visitorName,
    visitorCompany: v.visitorCompany,
    visitorPhone: v.visitorPhone,
    host:
      v.hostPersonId === null
        ? null
        : {
            id: v.hostPersonId,
            name: v.hostName ?? '',
            left: v.hostEndDate !== null && v.hostEndDate < opts.today,
          },
    visitDate: v.visitDate,
    expectedTime: v.expectedTime,
    purpose: v.purpose,
    status,
    overdue,
    checkedInAt: v.checkedInAt,
    pickedUpAt: v.pickedUpAt,
    checkedOutAt: v.checkedOutAt,
    badge: v.badgeUid ? { uid: v.badgeUid, label: v.badgeLabel } : null,
    badgeIssuedAt: v.badgeIssuedAt,
    badgeReturnedAt: v.badgeReturnedAt,
    badgeOut: v.badgeIssuedAt !== null && v.badgeReturnedAt === null,
    closedAt: v.closedAt,
    closeReason: v.closeReason,
    source: v.source,
    notifications: notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      channel: n.channel,
      status: n.status,
      attempts: n.attempts,
      lastError: n.lastError,
      sentAt: n.sentAt,
      nextAttemptAt: n.nextAttemptAt,
    })),
  };
}
