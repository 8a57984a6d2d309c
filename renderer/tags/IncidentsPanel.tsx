import { useCallback, useState } from 'react';
import type { Incident } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { usePersonName } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { useData } from '../shared/useData';
import { ConfirmPanel } from '../shared/Confirm';

/**
 * Lobby cannot block a badge in the building's system; this list reminds the office manager to
 * ask the building manager to, until it is done.
 */
export function IncidentsPanel() {
  const api = useApi();
  const i18n = useI18n();
  const nameOf = usePersonName();
  const { t } = i18n;
  const [asking, setAsking] = useState<number | null>(null);
  const incidents = useData(useCallback(() => api.listIncidents(), [api]));
  const done = async (incident: Incident) => {
    const result = await api.markBuildingNotified(incident.id);
    if (result.ok) incidents.reload();
  };
  if (!incidents.value?.length) return null;
  return (
    <section className="panel reminders" data-testid="incidents">
      <h3>{t('incidents.title')}</h3>
      <ul className="rows">
        {incidents.value.map((i) => (
          <li key={i.id} className="reminder">
            <span>
              <code>{i.uid}</code> {i.label ?? nameOf(i.personName)} —{' '}
              {t(i.kind === 'tag_lost' ? 'incidents.lost' : 'incidents.notReturned')},{' '}
              {formatDateTime(i.occurredAt, i18n)}
              {i.note && <> ({i.note})</>}
            </span>
            {asking === i.id ? (
              // Off the to-do only once the building has really blocked it: asked first.
              <ConfirmPanel
                question={t('incidents.doneQuestion', { badge: i.label ?? i.uid })}
                confirmLabel={t('incidents.done')}
                tone="go"
                onConfirm={() => {
                  setAsking(null);
                  void done(i);
                }}
                onCancel={() => setAsking(null)}
              />
            ) : (
              <button type="button" className="button secondary" onClick={() => setAsking(i.id)}>
                {t('incidents.done')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
