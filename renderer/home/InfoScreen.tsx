import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/I18nProvider';

export function InfoScreen(props: { title: MessageKey; body: MessageKey; onBack: () => void }) {
  const { t } = useI18n();
  return (
    <main className="screen centred">
      <h1>{t(props.title)}</h1>
      <p className="lead">{t(props.body)}</p>
      <button type="button" className="button secondary" onClick={props.onBack}>
        {t('common.back')}
      </button>
    </main>
  );
}
