/**
 * What a settings form says after Save: saved, the form refused as a whole (with the form's own
 * sentence), or any other error. Both reception settings forms use it.
 */
import { useState } from 'react';
import type { ContractError, Result } from '../../main/contract';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';

export function useSaveStatus() {
  const { t } = useI18n();
  const [error, setError] = useState<ContractError | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  return {
    /** Before a save: nothing said yet. */
    start() {
      setSaved(false);
      setInvalid(null);
    },
    /** The form is refused before it is sent. */
    refuse: setInvalid,
    /** The answer to a save; true when it was saved. */
    settle(result: Result<unknown>, refusal: string): boolean {
      if (!result.ok) {
        if (result.error.code === 'invalid_argument') setInvalid(refusal);
        else setError(result.error);
        return false;
      }
      setError(null);
      setSaved(true);
      return true;
    },
    view: (
      <>
        {error && <ErrorNotice error={error} />}
        {invalid && (
          <p className="error-text" role="alert">
            {invalid}
          </p>
        )}
        {saved && <p className="notice">{t('reception.saved')}</p>}
      </>
    ),
  };
}
