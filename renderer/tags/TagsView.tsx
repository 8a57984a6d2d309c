import { useCallback, useState } from 'react';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { EnrolPanel } from './EnrolPanel';
import { IncidentsPanel } from './IncidentsPanel';
import { statusKey } from '../shared/format';
import { TagDetailPanel } from './TagDetailPanel';
import { useData } from '../shared/useData';

export function TagsView() {
  const api = useApi();
  const { t } = useI18n();
  const [selected, setSelected] = useState<number | null>(null);
  const [enrolling, setEnrolling] = useState(false);
  const [version, setVersion] = useState(0);
  const tags = useData(useCallback(() => api.listTags(), [api]));
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
          {error && <ErrorNotice error={error} onRetry={refresh} />}
          <ul className="rows">
            {tags.value?.map((row) => (
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
                    {row.label ?? (row.holder?.kind === 'person' ? row.holder.name : row.uid)}
                  </span>
                  <span className="row-meta">
                    <code>{row.uid}</code> · {t(statusKey(row.status))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="detail-pane">
          {enrolling ? (
            <EnrolPanel
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
