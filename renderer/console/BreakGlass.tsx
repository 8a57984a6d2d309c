/**
 * In an emergency an office manager takes the privacy officer's rights for one hour, saying why;
 * the privacy officer is told at once (or, with no mail set up, the screen says to call them).
 */
import { useState } from 'react';
import type { ConsoleSession } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmAction } from '../shared/Confirm';
import type { ContractError } from '../../main/contract';

export function BreakGlass(props: { onSession: (s: ConsoleSession) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [notTold, setNotTold] = useState(false);
  return (
    <>
      <ConfirmAction
        label={t('grant.breakGlass')}
        question={t('grant.breakGlassQuestion')}
        confirmLabel={t('grant.breakGlassConfirm')}
        ready={reason.trim().length >= 10}
        testId="break-glass"
        onConfirm={async () => {
          const r = await api.breakGlass(reason);
          if (!r.ok) return setError(r.error);
          setNotTold(!r.value.officerTold);
          props.onSession(r.value.session);
        }}
      >
        <label className="field">
          <span>{t('grant.breakGlassReason')}</span>
          <input
            className="text-input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
      </ConfirmAction>
      {error && <ErrorNotice error={error} />}
      {notTold && (
        <p className="notice warning" role="alert">
          {t('grant.breakGlassNotTold')}
        </p>
      )}
    </>
  );
}
