import { useState } from 'react';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

/** The one way to close the kiosk: from the console, confirmed, since it leaves the lobby dark. */
export function QuitKiosk() {
  const api = useApi();
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="button secondary" onClick={() => setAsking(true)}>
        {t('staff.quit')}
      </button>
    );
  return (
    <div className="panel confirm" role="alertdialog" aria-label={t('staff.quit')}>
      <p>{t('staff.quitConfirm')}</p>
      <button type="button" className="button danger-solid" onClick={() => void api.quitKiosk()}>
        {t('staff.quitYes')}
      </button>
      <button type="button" className="button secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
