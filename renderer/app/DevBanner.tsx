import { useI18n } from '../i18n/I18nProvider';

/** On every screen while the development aids are on, so such a kiosk is never mistaken for one. */
export function DevBanner() {
  const { t } = useI18n();
  return (
    <p className="dev-banner" role="status" data-testid="dev-banner">
      {t('dev.banner')}
    </p>
  );
}
