import { useCallback } from 'react';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { useData } from '../shared/useData';

/** Above the office manager's screens while backups are not set up or the last one is too old. */
export function BackupReminder() {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const state = useData(useCallback(() => api.getBackupState(), [api]));
  const b = state.value;
  if (!b?.overdue) return null;
  const text =
    !b.keysSet || !b.scheduled
      ? t('backup.notSetUp')
      : b.lastAt
        ? t('backup.overdue', { at: formatDateTime(b.lastAt, i18n) })
        : t('backup.never');
  return (
    <div className="notice" role="status" data-testid="backup-due">
      {text}
    </div>
  );
}
