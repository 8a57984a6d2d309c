import type { ContractError } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';

/** Says what happened and what to do, in the kiosk's language; the technical text stays in a tooltip-free detail line for staff. */
export function ErrorNotice(props: { error: ContractError; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error-notice" role="alert" data-code={props.error.code}>
      <p>{t(`error.${props.error.code}`)}</p>
      {props.onRetry && (
        <button type="button" className="button secondary" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
