/**
 * How this site's reception works (the office manager's settings) and, beside it, how hosts are
 * told (NotifySettingsForm: where visitors' names go, the privacy officer's to change).
 */
import { useCallback, useState } from 'react';
import type { ReceptionConfig } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useSaveStatus } from '../shared/useSaveStatus';
import { useI18n } from '../i18n/I18nProvider';
import { TextInput } from '../shared/fields';
import { NotifySettingsForm } from './NotifySettingsForm';
import { useData } from '../shared/useData';

export function ReceptionSettingsPanel(props: { onClose: () => void }) {
  const api = useApi();
  const loaded = useData(useCallback(() => api.getReceptionConfig(), [api]));
  const notify = useData(useCallback(() => api.getNotifyConfig(), [api]));
  const session = useData(useCallback(() => api.getConsoleSession(), [api]));
  if (!loaded.value || !notify.value || !session.value) return null;
  return (
    <>
      <SettingsForm config={loaded.value} onClose={props.onClose} />
      <NotifySettingsForm
        notify={notify.value}
        editable={session.value.operator?.role === 'privacyOfficer'}
      />
    </>
  );
}

/** The reception's own settings: one save, all or nothing. */
function SettingsForm(props: { config: ReceptionConfig; onClose: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [form, setForm] = useState<ReceptionConfig>(props.config);

  const status = useSaveStatus();
  const save = async () => {
    status.start();
    const inRange = (v: number, min: number, max: number) =>
      Number.isInteger(v) && v >= min && v <= max;
    if (
      !inRange(form.idleSeconds, 15, 600) ||
      !inRange(form.overdueMinutes, 1, 240) ||
      !inRange(form.visitorRetentionDays, 1, 3650)
    )
      return status.refuse(t('reception.settingsInvalid'));
    const r = await api.setReceptionConfig(form);
    status.settle(r, t('reception.settingsInvalid'));
  };
  const check = (key: keyof ReceptionConfig, label: string) => (
    <label className="check">
      <input
        type="checkbox"
        checked={form[key] as boolean}
        onChange={(e) => setForm({ ...form, [key]: e.target.checked })}
      />
      <span>{label}</span>
    </label>
  );
  const number = (key: keyof ReceptionConfig, label: string) => (
    <TextInput
      label={label}
      type="number"
      value={Number.isNaN(form[key]) ? '' : String(form[key])}
      onChange={(v) => setForm({ ...form, [key]: v.trim() === '' ? Number.NaN : Number(v) })}
    />
  );
  return (
    <div className="panel form" data-testid="reception-settings">
      <h3>{t('reception.settings')}</h3>
      {check('selfSignIn', t('reception.selfSignIn'))}
      {check('staffPresence', t('reception.staffPresence'))}
      {check('badgeLabels', t('reception.badgeLabels'))}
      {check('askPhone', t('reception.askPhone'))}
      {number('idleSeconds', t('reception.idleSeconds'))}
      {number('overdueMinutes', t('reception.overdueMinutes'))}
      {number('visitorRetentionDays', t('reception.retentionDays'))}
      <TextInput
        label={t('reception.privacyContact')}
        value={form.privacyContact ?? ''}
        onChange={(v) => setForm({ ...form, privacyContact: v.trim() ? v : null })}
      />
      {status.view}
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('reception.saveSettings')}
        </button>
        <button type="button" className="button secondary" onClick={props.onClose}>
          {t('reception.cancel')}
        </button>
      </div>
    </div>
  );
}
