/**
 * How hosts are told: the mail server and the webhook that visitors' names go to, and the
 * internal hosts allowed although they are on the local network. Only the privacy officer changes
 * where personal data goes (main/notify/destinations.ts refuses the rest); others see it.
 */
import { useState } from 'react';
import type { NotifyConfig } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useSaveStatus } from '../shared/useSaveStatus';
import { useI18n } from '../i18n/I18nProvider';
import { Select, TextInput } from '../shared/fields';

type Security = 'starttls' | 'tls' | 'none';

export function NotifySettingsForm(props: { notify: NotifyConfig; editable: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const { email, webhook } = props.notify;
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
  const [allowed, setAllowed] = useState(props.notify.allowedHosts.join(', '));
  const [officer, setOfficer] = useState(props.notify.privacyOfficer ?? '');

  const status = useSaveStatus();
  const save = async () => {
    status.start();
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
      allowedHosts: allowed
        .split(/[\s,]+/)
        .map((h) => h.trim())
        .filter(Boolean),
      privacyOfficer: officer.trim() || null,
    });
    status.settle(n, t('notify.invalid'));
  };
  return (
    <div className="panel form" data-testid="notify-settings">
      <h3>{t('notify.title')}</h3>
      {!props.editable && <p className="notice">{t('notify.privacyOfficerOnly')}</p>}
      <fieldset className="plain" disabled={!props.editable}>
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
        <TextInput label={t('notify.allowedHosts')} value={allowed} onChange={setAllowed} />
        <p className="field-hint">{t('notify.allowedHostsHint')}</p>
        <TextInput label={t('notify.privacyOfficer')} value={officer} onChange={setOfficer} />
        <p className="field-hint">{t('notify.privacyOfficerHint')}</p>
      </fieldset>
      {status.view}
      {props.editable && (
        <div className="actions">
          <button type="button" className="button primary" onClick={() => void save()}>
            {t('notify.save')}
          </button>
        </div>
      )}
    </div>
  );
}
