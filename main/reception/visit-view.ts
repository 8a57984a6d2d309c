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

/** Late a quarter of an hour after the time given; not coming three hours after it. */
const lateAfterMinutes = 15;
const noShowAfterMinutes = 180;
/** Expected without a time: not coming once the office day is over. */
const endOfDayMinutes = 18 * 60;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** How an expected visitor stands against their time, on the site's clock (`nowTime` HH:MM). */
export function latenessOf(
  v: Pick<DeskVisitRow, 'visitDate' | 'expectedTime'>,
  status: VisitStatus,
  today: string,
  nowTime: string,
): Visit['lateness'] {
  if (status !== 'expected' || v.visitDate > today) return null;
  if (v.visitDate < today) return 'noShow';
  const now = minutesOf(nowTime);
  if (v.expectedTime === null) return now >= endOfDayMinutes ? 'noShow' : null;
  const expected = minutesOf(v.expectedTime);
  const late = now - expected;
  if (late <= lateAfterMinutes) return null;
  // A day-time appointment is given up when the office day ends; an evening one three hours on.
  const over = late >= noShowAfterMinutes || (expected < endOfDayMinutes && now >= endOfDayMinutes);
  return over ? 'noShow' : 'late';
}

export function visitView(
  v: DeskVisitRow,
  notifications: NotificationRow[],
  opts: { now: Date; overdueMinutes: number; today: string; nowTime: string },
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
    lateness: latenessOf(v, status, opts.today, opts.nowTime),
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
