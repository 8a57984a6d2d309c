/** The reception settings (schema in calls.ts), stored under one key, with their defaults. */
import type { SettingsRepo } from '../../db/repos/settings';
import { ReceptionSettings } from './calls';

export { ReceptionSettings };

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
