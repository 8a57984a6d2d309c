/** How this site's reception works, and how hosts are told: the office manager's settings. */
import { useCallback, useState } from 'react';
import type { ContractError, NotifyConfig, ReceptionConfig } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { Select, TextInput } from '../shared/fields';
import { useData } from '../shared/useData';

type Security = 'starttls' | 'tls' | 'none';

export function ReceptionSettingsPanel(props: { onClose: () => void }) {
  const api = useApi();
  const loaded = useData(useCallback(() => api.getReceptionConfig(), [api]));
  const notify = useData(useCallback(() => api.getNotifyConfig(), [api]));
  if (!loaded.value || !notify.value) return null;
  return <SettingsForm config={loaded.value} notify={notify.value} onClose={props.onClose} />;
}

function SettingsForm(props: {
  config: ReceptionConfig;
  notify: NotifyConfig;
  onClose: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const { email, webhook } = props.notify;
  const [form, setForm] = useState<ReceptionConfig>(props.config);
  const [mail, setMail] = useState({
    on: email !== null,
    host: email?.host ?? '',
    port: String(email?.port ?? 587),
    security: (email?.security ?? 'starttls') as Security,
    user: email?.user ?? '',
    password: '',
    from: email?.from ?? '',
  });
  const [hook, setHook] = useState({ on: webhook !== null, url: webhook?.url ?? '' });
  const [error, setError] = useState<ContractError | null>(null);
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);

  const save = async () => {
    setSaved(false);
    setInvalid(null);
    const inRange = (v: number, min: number, max: number) =>
      Number.isInteger(v) && v >= min && v <= max;
    if (
      !inRange(form.idleSeconds, 15, 600) ||
      !inRange(form.overdueMinutes, 1, 240) ||
      !inRange(form.visitorRetentionDays, 1, 3650)
    )
      return setInvalid(t('reception.settingsInvalid'));
    const r = await api.setReceptionConfig(form);
    if (!r.ok)
      return r.error.code === 'invalid_argument'
        ? setInvalid(t('reception.settingsInvalid'))
        : setError(r.error);
    const n = await api.setNotifyConfig({
      email: mail.on
        ? {
            host: mail.host,
            port: Number(mail.port),
            security: mail.security,
            user: mail.user || null,
            password: mail.password || null,
            from: mail.from,
          }
        : null,
      webhook: hook.on ? { url: hook.url } : null,
    });
    if (!n.ok)
      return n.error.code === 'invalid_argument'
        ? setInvalid(t('notify.invalid'))
        : setError(n.error);
    setError(null);
    setSaved(true);
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
      <h3>{t('notify.title')}</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={mail.on}
          onChange={(e) => setMail({ ...mail, on: e.target.checked })}
        />
        <span>{t('notify.emailOn')}</span>
      </label>
      {mail.on && (
        <>
          <TextInput
            label={t('notify.host')}
            value={mail.host}
            onChange={(host) => setMail({ ...mail, host })}
          />
          <TextInput
            label={t('notify.port')}
            type="number"
            value={mail.port}
            onChange={(port) => setMail({ ...mail, port })}
          />
          <Select
            label={t('notify.security')}
            value={mail.security}
            options={(['starttls', 'tls', 'none'] as const).map((s) => ({
              value: s,
              label: t(`notify.security.${s}`),
            }))}
            onChange={(security) => setMail({ ...mail, security })}
          />
          <TextInput
            label={t('notify.user')}
            value={mail.user}
            onChange={(user) => setMail({ ...mail, user })}
          />
          <TextInput
            label={`${t('notify.password')} (${t('notify.passwordKept')})`}
            type="password"
            value={mail.password}
            onChange={(password) => setMail({ ...mail, password })}
          />
          <TextInput
            label={t('notify.from')}
            value={mail.from}
            onChange={(from) => setMail({ ...mail, from })}
          />
        </>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={hook.on}
          onChange={(e) => setHook({ ...hook, on: e.target.checked })}
        />
        <span>{t('notify.webhookOn')}</span>
      </label>
      {hook.on && (
        <TextInput
          label={t('notify.webhookUrl')}
          value={hook.url}
          onChange={(url) => setHook({ ...hook, url })}
        />
      )}
      {error && <ErrorNotice error={error} />}
      {invalid && (
        <p className="error-text" role="alert">
          {invalid}
        </p>
      )}
      {saved && <p className="notice">{t('reception.saved')}</p>}
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
