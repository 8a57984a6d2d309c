import { useCallback } from 'react';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useLocalName } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { formatWindow } from '../shared/format';
import { useData } from '../shared/useData';
import { FindingsLink } from '../console/FindingsLink';

/** Per zone, who the profiles say should get in, and when. */
export function ZonesView() {
  const api = useApi();
  const i18n = useI18n();
  const localName = useLocalName();
  const { t } = i18n;
  const zones = useData(useCallback(() => api.listZones(), [api]));
  return (
    <div className="zones">
      {zones.error && <ErrorNotice error={zones.error} onRetry={zones.reload} />}
      {zones.value?.map((zone) => (
        <details key={zone.id} className="zone" data-testid={`zone-${zone.id}`}>
          <summary>
            <strong>{localName(zone.label, zone.labels)}</strong>{' '}
            <span className="row-meta">({zone.people.length})</span>
          </summary>
          <p className="row-meta">
            {t('zones.doors')}: {zone.doors.join(', ')}
          </p>
          <FindingsLink subject={zone.id} />
          <h4>{t('zones.shouldEnter')}</h4>
          {zone.people.length === 0 ? (
            <p>{t('zones.nobody')}</p>
          ) : (
            <ul>
              {zone.people.map((p) => (
                <li key={p.personId}>
                  {p.name} <span className="row-meta">{p.organisation}</span>{' '}
                  {p.windows.map((w) => formatWindow(w, i18n)).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </div>
  );
}
