import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ContractError, PersonDetail, PersonEditFields } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/I18nProvider';
import { serverText } from '../i18n/server-text';
import { Select, TextInput, DateInput } from '../shared/fields';
import { useData } from '../shared/useData';

type Text =
  | 'employeeId'
  | 'firstName'
  | 'namePrefix'
  | 'lastName'
  | 'department'
  | 'jobTitle'
  | 'email'
  | 'notes';

/** Add or edit a person. A leaver gets an end date; nobody is deleted, so history stays true. */
export function PersonForm(props: {
  person: PersonDetail | null;
  onSaved: (id: number) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const { t, locale } = useI18n();
  const site = useData(useCallback(() => api.getSiteConfig(), [api]));
  const p = props.person;
  const [form, setForm] = useState<PersonEditFields>(
    p?.edit ?? {
      employeeId: '',
      firstName: '',
      namePrefix: '',
      lastName: '',
      organisation: '',
      department: '',
      jobTitle: '',
      email: '',
      startDate: '',
      endDate: '',
      profileId: '',
      notes: '',
      bhv: false,
    },
  );
  const [error, setError] = useState<ContractError | null>(null);
  const [badDates, setBadDates] = useState({ startDate: false, endDate: false });
  // Save was pressed while a date field held something that is no date.
  const [datesRefused, setDatesRefused] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The first field that is wrong comes into view: after a save it may be far up the form.
  useEffect(() => {
    if (error || datesRefused)
      formRef.current
        ?.querySelector('[aria-invalid="true"], [role="alert"]')
        ?.scrollIntoView({ block: 'center' });
  }, [error, datesRefused]);
  const set = (key: Exclude<keyof PersonEditFields, 'bhv'>) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A date that is not one yet is said at its field; saving it would store nothing silently.
    setDatesRefused(badDates.startDate || badDates.endDate);
    if (badDates.startDate || badDates.endDate) return;
    const result = await api.savePerson({
      ...form,
      id: p?.id ?? null,
      startDate: form.startDate || null,
      endDate: form.endDate || null,
    });
    if (result.ok) props.onSaved(result.value.id);
    else setError(result.error);
  };
  // The service names each refused field; the form marks them all, in the screen's language.
  const problem = (key: keyof PersonEditFields) => {
    const message = error?.fields?.[key];
    return message === undefined ? undefined : serverText(message, locale);
  };
  const text = (key: Text, label: MessageKey) => (
    <TextInput label={t(label)} value={form[key]} onChange={set(key)} error={problem(key)} />
  );
  const none = { value: '', label: t('person.none') };
  return (
    <form className="panel form" onSubmit={submit} data-testid="person-form" ref={formRef}>
      {text('employeeId', 'person.employeeId')}
      {text('firstName', 'person.firstName')}
      {text('namePrefix', 'person.namePrefix')}
      {text('lastName', 'person.lastName')}
      <Select
        label={t('person.organisation')}
        value={form.organisation}
        options={[
          none,
          ...(site.value?.organisations ?? []).map((o) => ({ value: o.name, label: o.name })),
        ]}
        onChange={set('organisation')}
        error={problem('organisation')}
      />
      {text('department', 'person.department')}
      {text('jobTitle', 'person.jobTitle')}
      {text('email', 'person.email')}
      <DateInput
        label={t('person.startDate')}
        value={form.startDate}
        onChange={set('startDate')}
        onValid={(ok) => setBadDates((b) => ({ ...b, startDate: !ok }))}
        error={problem('startDate')}
      />
      <DateInput
        label={t('person.endDate')}
        value={form.endDate}
        onChange={set('endDate')}
        onValid={(ok) => setBadDates((b) => ({ ...b, endDate: !ok }))}
        error={problem('endDate')}
      />
      <Select
        label={t('person.profile')}
        value={form.profileId}
        options={[
          none,
          ...(site.value?.profiles ?? []).map((profile) => ({
            value: profile.id,
            label: `${profile.id} – ${profile.label}`,
          })),
        ]}
        onChange={set('profileId')}
        error={problem('profileId')}
      />
      {text('notes', 'person.notes')}
      <label className="check">
        <input
          type="checkbox"
          checked={form.bhv}
          onChange={(e) => setForm((f) => ({ ...f, bhv: e.target.checked }))}
        />
        <span>{t('person.bhv')}</span>
      </label>
      {error?.fields || datesRefused ? (
        <p className="error-text" role="alert">
          {t('form.fixFields')}
        </p>
      ) : (
        error && <ErrorNotice error={error} />
      )}
      <div className="actions">
        <button type="submit" className="button primary">
          {t('person.save')}
        </button>
        <button type="button" className="button secondary" onClick={props.onCancel}>
          {t('tags.cancel')}
        </button>
      </div>
    </form>
  );
}
