/**
 * The privacy officer's incident register: Lobby's proposals first (accept or dismiss, with a
 * reason), then the open ones (classify, record the report, close), then what is done.
 */
import { useCallback, useState } from 'react';
import type { IncidentSummary } from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { saveFile } from '../shared/save-file';
import { useData } from '../shared/useData';
import { IncidentDetail } from './IncidentDetail';

export function IncidentsView() {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const list = useData(useCallback(() => api.listIncidentRegister(), [api]));
  const [selected, setSelected] = useState<number | null>(null);
  const { reload } = list;
  useEvent(
    'incidentsChanged',
    useCallback(() => reload(), [reload]),
  );
  const all = list.value ?? [];
  const groups: [string, IncidentSummary[]][] = [
    ['incident.proposedHeading', all.filter((i) => i.status === 'proposed')],
    ['incident.openHeading', all.filter((i) => i.status === 'open')],
    ['incident.doneHeading', all.filter((i) => i.status === 'dismissed' || i.status === 'closed')],
  ];
  return (
    <div className="split" data-testid="incidents-view">
      <section className="list-pane">
        <h2>{t('incident.register')}</h2>
        <button
          type="button"
          className="button secondary"
          onClick={async () => {
            const r = await api.getIncidentRegisterXlsx(i18n.locale);
            if (r.ok) saveFile(r.value);
          }}
        >
          {t('incident.registerXlsx')}
        </button>
        {list.error && <ErrorNotice error={list.error} onRetry={reload} />}
        {list.value?.length === 0 && <p>{t('incident.none')}</p>}
        {groups.map(([heading, items]) =>
          items.length === 0 ? null : (
            <div key={heading}>
              <h3>{t(heading as 'incident.openHeading', { count: items.length })}</h3>
              <ul className="rows">
                {items.map((i) => (
                  <li key={i.id}>
                    <button
                      type="button"
                      className={`row${selected === i.id ? ' selected' : ''}`}
                      onClick={() => setSelected(i.id)}
                    >
                      <span className="row-title">
                        {i.title ?? t(`incident.source.${i.source}`)}
                      </span>
                      <span className="row-meta">
                        {[
                          `#${i.id}`,
                          t(`incident.status.${i.status}`),
                          i.classification && t(`incident.class.${i.classification}`),
                          formatDateTime(i.awareAt, i18n),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      </section>
      <section className="detail-pane" key={selected}>
        {selected !== null && <IncidentDetail id={selected} onChanged={reload} />}
      </section>
    </div>
  );
}
