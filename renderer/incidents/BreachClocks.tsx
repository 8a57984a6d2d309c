/**
 * On every console screen while a reportable data breach is unreported: how long is left of the
 * 72 hours, counted down each minute (the deadline runs through nights and weekends).
 */
import { useCallback, useEffect, useState } from 'react';
import { useApi, useEvent } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { useData } from '../shared/useData';

export function BreachClocks() {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const clocks = useData(useCallback(() => api.getBreachClocks(), [api]));
  const { reload } = clocks;
  useEvent(
    'incidentsChanged',
    useCallback(() => reload(), [reload]),
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!clocks.value?.length) return null;
  return (
    <>
      {clocks.value.map((c) => {
        const left = Date.parse(c.reportBy) - now;
        const title = c.title ?? t(`incident.source.${c.source}`);
        return (
          <div key={c.id} className="notice warning" role="alert" data-testid="breach-clock">
            {left <= 0
              ? t('incident.clockLate', { title })
              : t('incident.clock', {
                  title,
                  hours: Math.floor(left / 3_600_000),
                  minutes: Math.floor((left % 3_600_000) / 60_000),
                  at: formatDateTime(c.reportBy, i18n),
                })}
          </div>
        );
      })}
    </>
  );
}
