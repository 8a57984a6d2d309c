import type { ContractError } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import { serverText } from '../i18n/server-text';

/** Codes whose message is written for the person at the screen (the rest stay in the log). */
const said = new Set(['invalid_argument', 'conflict', 'not_found']);

/** Says what happened and what to do, in the kiosk's language; the technical text stays in a tooltip-free detail line for staff. */
export function ErrorNotice(props: { error: ContractError; onRetry?: () => void }) {
  const { t, locale } = useI18n();
  const { code, message } = props.error;
  return (
    <div className="error-notice" role="alert" data-code={code}>
      <p>{t(`error.${code}`)}</p>
      {said.has(code) && message && <p className="error-text">{serverText(message, locale)}</p>}
      {props.onRetry && (
        <button type="button" className="button secondary" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
