/** The desk registers a visitor: here now (a walk-in), or expected on a day. */
import { useCallback, useState, type FormEvent } from 'react';
import { visitPurposes, type ContractError, type VisitPurpose } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { InlineInput, Select, TextInput, DateInput } from '../shared/fields';
import { useSearch } from '../visitor/useSearch';

export function RegisterForm(props: {
  date: string;
  askPhone: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [phone, setPhone] = useState('');
  const [typed, setTyped] = useState('');
  const [host, setHost] = useState<{ id: number; name: string } | null>(null);
  const [purpose, setPurpose] = useState<VisitPurpose>('meeting');
  const [date, setDate] = useState(props.date);
  const [time, setTime] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const hosts = useSearch(
    typed,
    useCallback((q: string) => api.findHosts(q), [api]),
  );

  const save = async (signInNow: boolean) => {
    const result = await api.registerVisit({
      visitorName: name,
      visitorCompany: company,
      visitorPhone: phone,
      hostId: host?.id ?? null,
      purpose,
      visitDate: date,
      expectedTime: time || null,
      signInNow,
    });
    if (!result.ok) return setError(result.error);
    if (result.value.outcome !== 'signedIn')
      return setRefusal(t(`reception.outcome.${result.value.outcome}`));
    props.onDone();
  };
  const valid = name.trim().length >= 2;
  return (
    <form
      className="panel form"
      data-testid="register-form"
      onSubmit={(e: FormEvent) => e.preventDefault()}
    >
      <h3>{t('reception.registerTitle')}</h3>
      <TextInput label={t('reception.name')} value={name} onChange={setName} />
      <TextInput label={t('reception.company')} value={company} onChange={setCompany} />
      {props.askPhone && (
        <TextInput label={t('reception.phone')} type="tel" value={phone} onChange={setPhone} />
      )}
      <div className="field">
        <span>{t('reception.host')}</span>
        {host ? (
          <p>
            {t('reception.hostChosen', { name: host.name })}{' '}
            <button type="button" className="button secondary" onClick={() => setHost(null)}>
              {t('reception.otherHost')}
            </button>
          </p>
        ) : (
          <>
            <InlineInput label={t('reception.hostSearch')} value={typed} onChange={setTyped} />
            <div className="choice">
              {hosts.map((h) => (
                <button key={h.id} type="button" className="button chip" onClick={() => setHost(h)}>
                  {h.name}
                </button>
              ))}
            </div>
          </>
        )}
      </div>
      <Select
        label={t('reception.purpose')}
        value={purpose}
        options={visitPurposes.map((p) => ({ value: p, label: t(`visitor.purpose.${p}`) }))}
        onChange={setPurpose}
      />
      <DateInput label={t('reception.visitDate')} value={date} onChange={setDate} />
      <TextInput label={t('reception.time')} type="time" value={time} onChange={setTime} />
      {refusal && (
        <p className="notice" role="alert">
          {refusal}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={!valid}
          onClick={() => void save(true)}
        >
          {t('reception.signInNow')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={!valid}
          onClick={() => void save(false)}
        >
          {t('reception.expectLater')}
        </button>
        <button type="button" className="button secondary" onClick={props.onCancel}>
          {t('reception.cancel')}
        </button>
      </div>
    </form>
  );
}
