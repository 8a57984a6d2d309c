import { useCallback, useEffect, useState } from 'react';
import type { ReaderStatus } from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

/** The readers' state as the kiosk says it, kept up to date; null until it has said. */
export function useReaderStatus(): ReaderStatus | null {
  const api = useApi();
  const [status, setStatus] = useState<ReaderStatus | null>(null);
  useEffect(() => {
    void api.getReaderStatus().then((r) => r.ok && setStatus(r.value));
  }, [api]);
  useEvent(
    'readerStatus',
    useCallback((s: ReaderStatus) => setStatus(s), []),
  );
  return status;
}

export function ReaderIndicator() {
  const { t } = useI18n();
  const status = useReaderStatus();
  if (!status) return null;
  return (
    <div className={`reader-status reader-${status.state}`} data-state={status.state} role="status">
      <span className="dot" aria-hidden="true" />
      {t(`reader.${status.state}`)}
    </div>
  );
}
