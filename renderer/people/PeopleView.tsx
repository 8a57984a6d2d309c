import { useCallback, useMemo, useState } from 'react';
import type { TagTap } from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { useTapPurpose } from '../app/useTapPurpose';
import { ErrorNotice } from '../app/ErrorNotice';
import { useLocalName, usePersonName } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { CustodyList } from '../tags/CustodyList';
import { PersonForm } from './PersonForm';
import { formatDate, formatWindow, statusKey } from '../shared/format';
import { BuildingFacts } from './BuildingFacts';
import { useData } from '../shared/useData';
import { matchesSearch } from '../shared/search';
import { InlineInput } from '../shared/fields';
import { FindingsLink } from '../console/FindingsLink';

export function PeopleView() {
  const api = useApi();
  // A badge tapped here opens its holder; it taps nobody in or out.
  useTapPurpose('identify');
  const i18n = useI18n();
  const nameOf = usePersonName();
  const localName = useLocalName();
  const { t } = i18n;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<'new' | 'selected' | null>(null);
  const people = useData(useCallback(() => api.listPeople(), [api]));
  const person = useData(
    useCallback(
      () =>
        selected === null
          ? Promise.resolve({ ok: true as const, value: null })
          : api.getPerson(selected),
      [api, selected],
    ),
  );
  const error = people.error ?? person.error;
  // The number the building's export gives one of this person's tags, when it differs.
  const printedAs = (uid: string) => {
    const card = person.value?.building.cards.find((c) => c.cardUid === uid);
    return card?.cardNumber && card.cardNumber !== uid ? card.cardNumber : null;
  };
  // A badge held to the reader opens the person who holds it.
  useEvent(
    'tagTapped',
    useCallback(
      (tap: TagTap) => {
        const holder = people.value?.find((p) => p.tags.some((tag) => tag.uid === tap.uid));
        if (holder && !editing) {
          setQuery('');
          setSelected(holder.id);
        }
      },
      [people.value, editing],
    ),
  );
  const shown = useMemo(() => {
    // Leavers whose names the retention schedule erased come last, not first (their name is '').
    return (people.value ?? [])
      .filter((p) => matchesSearch(query, p.name, p.employeeId, ...p.tags.map((tag) => tag.uid)))
      .sort((a, b) => Number(!a.name) - Number(!b.name));
  }, [people.value, query]);

  return (
    <div className="split">
      <section className="list-pane">
        <button type="button" className="button primary" onClick={() => setEditing('new')}>
          {t('person.add')}
        </button>
        <InlineInput label={t('staff.search')} value={query} onChange={setQuery} />
        {error && <ErrorNotice error={error} onRetry={people.reload} />}
        <ul className="rows">
          {shown.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={`row${selected === p.id ? ' selected' : ''}`}
                onClick={() => {
                  setEditing(null);
                  setSelected(p.id);
                }}
              >
                <span className="row-title">{nameOf(p.name)}</span>
                <span className="row-meta">
                  {[p.employeeId, p.organisation, p.department].filter(Boolean).join(' · ')}
                </span>
                {!p.employed && <span className="pill warn">{t('staff.left')}</span>}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="detail-pane" key={selected}>
        {editing && (
          <PersonForm
            key={editing === 'new' ? 'new' : selected}
            person={editing === 'new' ? null : person.value}
            onCancel={() => setEditing(null)}
            onSaved={(id) => {
              setEditing(null);
              setSelected(id);
              people.reload();
              person.reload();
            }}
          />
        )}
        {!editing && person.value && (
          <article data-testid="person-detail">
            <div className="detail-title">
              <h2>{nameOf(person.value.name)}</h2>
              {person.value.employeeId && <FindingsLink subject={person.value.employeeId} />}
              <button
                type="button"
                className="button secondary"
                onClick={() => setEditing('selected')}
              >
                {t('person.edit')}
              </button>
            </div>
            <p className="row-meta">
              {[
                person.value.employeeId,
                person.value.organisation,
                person.value.profileName
                  ? localName(person.value.profileName.label, person.value.profileName.labels)
                  : t('staff.noProfile'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p className="row-meta" data-testid="person-dates">
              {[
                person.value.startDate &&
                  t('staff.startedOn', { date: formatDate(person.value.startDate, i18n) }),
                person.value.endDate &&
                  t('staff.endsOn', { date: formatDate(person.value.endDate, i18n) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <h3>{t('staff.tags')}</h3>
            {person.value.tags.length === 0 ? (
              <p>{t('staff.noTags')}</p>
            ) : (
              <ul>
                {person.value.tags.map((tag) => (
                  <li key={tag.id}>
                    <code>{tag.uid}</code> {t(statusKey(tag.status))}
                    {printedAs(tag.uid) && (
                      <span className="row-sub">
                        {' · '}
                        {t('staff.buildingPrints', { card: printedAs(tag.uid)! })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('staff.access')}</h3>
            {person.value.employed ? (
              <ul data-testid="person-access">
                {person.value.access.map((a) => (
                  <li key={a.zone}>
                    <strong>{localName(a.label, a.labels)}</strong>{' '}
                    {a.windows.map((w) => formatWindow(w, i18n)).join('; ')}
                  </li>
                ))}
              </ul>
            ) : (
              <p data-testid="person-access">
                {person.value.endDate
                  ? t('staff.leftNoAccess', { date: formatDate(person.value.endDate, i18n) })
                  : t('staff.notYetStarted')}
              </p>
            )}
            <BuildingFacts building={person.value.building} />
            <h3>{t('staff.history')}</h3>
            <CustodyList entries={person.value.custody} left={!person.value.employed} />
          </article>
        )}
      </section>
    </div>
  );
}
