import { useCallback, useMemo, useState } from 'react';
import { tagStatuses, type TagStatus, type TagSummary, type TagTap } from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { useTapPurpose } from '../app/useTapPurpose';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { EnrolPanel } from './EnrolPanel';
import { IncidentsPanel } from './IncidentsPanel';
import { statusKey } from '../shared/format';
import { TagDetailPanel } from './TagDetailPanel';
import { useData } from '../shared/useData';
import { InlineInput } from '../shared/fields';
import { matchesSearch } from '../shared/search';

/** Who a badge is with, in words: the person, the visitor pool, or nobody. */
export function holderText(row: TagSummary, t: ReturnType<typeof useI18n>['t']): string {
  if (row.holder?.kind === 'person') return row.holder.name || t('staff.nameErased');
  if (row.holder?.kind === 'visitor_pool') return t('tags.pool');
  return t('tags.noHolder');
}

export function TagsView() {
  const api = useApi();
  // A badge tapped here is looked up or enrolled; a visitor badge does not sign its visit out.
  useTapPurpose('identify');
  const { t } = useI18n();
  const [selected, setSelected] = useState<number | null>(null);
  const [enrolling, setEnrolling] = useState(false);
  const [version, setVersion] = useState(0);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<TagStatus | ''>('');
  const tags = useData(useCallback(() => api.listTags(), [api]));
  const shown = useMemo(() => {
    return (tags.value ?? []).filter(
      (row) =>
        (!status || row.status === status) &&
        matchesSearch(
          query,
          row.uid,
          row.label,
          row.holder?.kind === 'person' ? row.holder.name : null,
        ),
    );
  }, [tags.value, query, status]);
  // A badge held to the reader opens here (while enrolling, the enrol panel takes the tap).
  useEvent(
    'tagTapped',
    useCallback(
      (tap: TagTap) => {
        if (enrolling) return;
        const row = tags.value?.find((r) => r.uid === tap.uid);
        if (row) {
          setQuery('');
          setStatus('');
          setSelected(row.id);
        }
      },
      [enrolling, tags.value],
    ),
  );
  const tag = useData(
    useCallback(
      () =>
        selected === null
          ? Promise.resolve({ ok: true as const, value: null })
          : api.getTag(selected),
      [api, selected],
    ),
  );
  const error = tags.error ?? tag.error;
  const refresh = () => {
    tags.reload();
    tag.reload();
    setVersion((v) => v + 1);
  };

  return (
    <>
      {/* A new key after every change reloads the reminders. */}
      <IncidentsPanel key={version} />
      <div className="split">
        <section className="list-pane">
          <button
            type="button"
            className="button primary"
            onClick={() => setEnrolling(true)}
            data-testid="enrol"
          >
            {t('tags.enrol')}
          </button>
          <InlineInput label={t('tags.search')} value={query} onChange={setQuery} />
          <div className="choice" role="group" aria-label={t('tags.filter')}>
            {(['', ...tagStatuses] as const).map((s) => (
              <button
                key={s}
                type="button"
                className={`button chip${status === s ? ' selected' : ''}`}
                aria-pressed={status === s}
                onClick={() => setStatus(s)}
              >
                {s ? t(statusKey(s)) : t('tags.all')}
              </button>
            ))}
          </div>
          {error && <ErrorNotice error={error} onRetry={refresh} />}
          {tags.value && shown.length === 0 && <p>{t('tags.noneFound')}</p>}
          <ul className="rows">
            {shown.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  className={`row${selected === row.id ? ' selected' : ''}`}
                  onClick={() => {
                    setEnrolling(false);
                    setSelected(row.id);
                  }}
                  data-uid={row.uid}
                >
                  <span className="row-title">
                    {row.label ?? (row.holder?.kind === 'person' ? holderText(row, t) : row.uid)}
                  </span>
                  <span className="row-meta">
                    <code>{row.uid}</code> · {t(statusKey(row.status))}
                    {row.label && ` · ${holderText(row, t)}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="detail-pane" key={selected}>
          {enrolling ? (
            <EnrolPanel
              holderOf={(uid) => {
                const row = tags.value?.find((r) => r.uid === uid);
                return row ? `${row.label ?? row.uid} – ${holderText(row, t)}` : null;
              }}
              onDone={(id) => {
                setEnrolling(false);
                if (id !== null) setSelected(id);
                tags.reload();
              }}
            />
          ) : (
            tag.value && (
              <TagDetailPanel
                key={tag.value.id}
                tag={tag.value}
                onChanged={refresh}
                onReplaced={refresh}
              />
            )
          )}
        </section>
      </div>
    </>
  );
}
