/**
 * Any operator reports an incident in a few touches: a title, what happened, optionally what is
 * affected and when. Noticed "now" unless said otherwise; the privacy officer is told at once.
 */
import { useState, type ReactNode } from 'react';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { DateInput, TextArea, TextInput } from '../shared/fields';
import { siteMoment } from '../shared/format';
import type { ContractError } from '../../main/contract';

export function ReportIncident(props: {
  onClose: () => void;
  /** For an office manager: emergency access, offered where an emergency is reported. */
  breakGlass?: ReactNode;
}) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState({
    title: '',
    what: '',
    affected: '',
    occurredOn: '',
    occurredTime: '',
    noticedOn: '',
    noticedTime: '',
  });
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const moment = (date: string, time: string) =>
    date ? siteMoment(date, time, i18n.timeZone) : null;

  const send = async () => {
    const occurredAt = moment(form.occurredOn, form.occurredTime);
    const awareAt = moment(form.noticedOn, form.noticedTime);
    const bad =
      form.title.trim().length < 3 ||
      form.what.trim().length < 3 ||
      (form.occurredOn && !occurredAt) ||
      (form.noticedOn && !awareAt);
    setInvalid(Boolean(bad));
    if (bad) return;
    const r = await api.reportIncident({
      title: form.title,
      what: form.what,
      affected: form.affected.trim() || null,
      occurredAt,
      awareAt,
    });
    if (r.ok) setSent(r.value.id);
    else setError(r.error);
  };

  if (sent !== null)
    return (
      <div className="panel" data-testid="incident-sent">
        <p className="notice">{t('incident.sent', { id: sent })}</p>
        <button type="button" className="button primary" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
    );
  return (
    <div className="panel form" data-testid="report-incident">
      <h2>{t('incident.reportTitle')}</h2>
      <p>{t('incident.reportLead')}</p>
      <TextInput wide label={t('incident.title')} value={form.title} onChange={set('title')} />
      <TextArea label={t('incident.what')} value={form.what} onChange={set('what')} rows={4} />
      <TextArea label={t('incident.affected')} value={form.affected} onChange={set('affected')} />
      <DateInput
        label={t('incident.occurredOn')}
        value={form.occurredOn}
        onChange={set('occurredOn')}
      />
      <TextInput
        label={t('incident.time')}
        value={form.occurredTime}
        onChange={set('occurredTime')}
      />
      <DateInput
        label={t('incident.noticedOn')}
        value={form.noticedOn}
        onChange={set('noticedOn')}
      />
      <TextInput
        label={t('incident.time')}
        value={form.noticedTime}
        onChange={set('noticedTime')}
      />
      {invalid && (
        <p className="error-text" role="alert">
          {t('incident.invalid')}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void send()}>
          {t('incident.send')}
        </button>
        <button type="button" className="button secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
      </div>
      {props.breakGlass && <div className="wide">{props.breakGlass}</div>}
    </div>
  );
}
