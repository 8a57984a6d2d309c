/**
 * The 72-hour clock of art. 33(1) GDPR: a reportable breach goes to the Autoriteit
 * Persoonsgegevens within 72 hours of becoming aware of it, nights and weekends included, so the
 * clock is plain elapsed time from the moment of awareness. Reminders go at 24, 48 and 64 hours.
 */
import type { IncidentNoticeKind } from '../../db/repos/incidents';

const hourMs = 3_600_000;
export const reportWithinHours = 72;
export const reminderHours: [IncidentNoticeKind, number][] = [
  ['reminder24', 24],
  ['reminder48', 48],
  ['reminder64', 64],
];

/** When the report to the authority is due. */
export const reportBy = (awareAt: string) =>
  new Date(Date.parse(awareAt) + reportWithinHours * hourMs).toISOString();

/** The reminders whose hour has come (each is queued once; the outbox ignores a second). */
export const remindersDue = (awareAt: string, now: Date): IncidentNoticeKind[] =>
  reminderHours
    .filter(([, hours]) => now.getTime() >= Date.parse(awareAt) + hours * hourMs)
    .map(([kind]) => kind);

/** A report after the deadline must say why it was late (art. 33(1)). */
export const isLate = (awareAt: string, reportedAt: string) =>
  Date.parse(reportedAt) > Date.parse(reportBy(awareAt));
