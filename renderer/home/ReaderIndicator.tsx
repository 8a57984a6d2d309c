import { useCallback, useEffect, useState } from 'react';
import type { ReaderStatus } from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

export function ReaderIndicator() {
  const api = useApi();
  const { t } = useI18n();
  const [status, setStatus] = useState<ReaderStatus | null>(null);
  useEffect(() => {
    void api.getReaderStatus().then((r) => r.ok && setStatus(r.value));
  }, [api]);
  useEvent(
    'readerStatus',
    useCallback((s: ReaderStatus) => setStatus(s), []),
  );
  if (!status) return null;
  return (
    <div className={`reader-status reader-${status.state}`} data-state={status.state} role="status">
      <span className="dot" aria-hidden="true" />
      {t(`reader.${status.state}`)}
    </div>
  );
}
