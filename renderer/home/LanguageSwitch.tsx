import type { Locale } from '../../main/contract';
import { uiLocales } from '../i18n/translate';
import { useI18n } from '../i18n/I18nProvider';

/** Each language is named in itself, so a visitor finds theirs whatever is showing now. */
const ownNames: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.choose')}>
      {uiLocales.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={`button chip${l === locale ? ' selected' : ''}`}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {ownNames[l]}
        </button>
      ))}
    </div>
  );
}
