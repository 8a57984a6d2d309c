/** How this site's reception works: each a setting the office manager can change. */
import { z } from 'zod';
import type { SettingsRepo } from '../../db/repos/settings';

export const ReceptionSettings = z.object({
  /** Visitors sign themselves in at the kiosk (otherwise the button sends them to the desk). */
  selfSignIn: z.boolean(),
  /** A visitor screen left alone returns to the home screen after this many seconds. */
  idleSeconds: z.number().int().min(15).max(600),
  /** The host is told again when nobody picked the visitor up within this many minutes. */
  overdueMinutes: z.number().int().min(1).max(240),
  /** Staff tap in and out at the kiosk, for the evacuation list. */
  staffPresence: z.boolean(),
  /** Ask visitors for a phone number (off: the minimum is name, organisation and host). */
  askPhone: z.boolean(),
  /** A printable badge label (PDF) for each visitor. */
  badgeLabels: z.boolean(),
  /** Who visitors may ask about their data (an address or a role); null: "ask at reception". */
  privacyContact: z.string().trim().min(1).max(200).nullable(),
  /** Days a visitor's name is kept (the privacy notice says so; #13 purges on it). */
  visitorRetentionDays: z.number().int().min(1).max(3650),
});
export type ReceptionSettings = z.output<typeof ReceptionSettings>;

export const defaultReceptionSettings: ReceptionSettings = {
  selfSignIn: true,
  idleSeconds: 60,
  overdueMinutes: 10,
  staffPresence: false,
  badgeLabels: false,
  askPhone: false,
  privacyContact: null,
  visitorRetentionDays: 28,
};

export function receptionSettings(settings: SettingsRepo) {
  return {
    get: (): ReceptionSettings => ({
      ...defaultReceptionSettings,
      ...settings.get('reception', ReceptionSettings.partial(), {}),
    }),
    set: (value: ReceptionSettings) => settings.set('reception', value),
  };
}
export type ReceptionSettingsStore = ReturnType<typeof receptionSettings>;
