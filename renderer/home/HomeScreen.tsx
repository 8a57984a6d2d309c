import type { AppInfo } from '../../main/contract';
import type { Screen } from '../app/App';
import { useLocalName } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { Clock } from './Clock';
import { DevReaderPanel } from './DevReaderPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { ReaderIndicator, useReaderStatus } from './ReaderIndicator';
import { TapResult } from './TapResult';

export function HomeScreen(props: { info: AppInfo; onNavigate: (screen: Screen) => void }) {
  const { t } = useI18n();
  const localName = useLocalName();
  // Invite a tap only where a reader can take it.
  const reader = useReaderStatus();
  return (
    <main className="screen home">
      <header className="home-header">
        <Clock />
        <div className="home-header-right">
          <ReaderIndicator />
          <LanguageSwitch />
        </div>
      </header>
      <section className="home-welcome">
        <h1>{t('home.welcome')}</h1>
        <p className="lead">{localName(props.info.siteName, props.info.siteNames)}</p>
      </section>
      <nav className="home-actions">
        <button
          type="button"
          className="button primary big"
          data-testid="visitor-sign-in"
          onClick={() => props.onNavigate('visitor')}
        >
          <span className="big-label">{t('home.visitor')}</span>
          <span className="big-hint">{t('home.visitorHint')}</span>
        </button>
        <button
          type="button"
          className="button secondary big"
          data-testid="staff"
          onClick={() => props.onNavigate('staff')}
        >
          <span className="big-label">{t('home.staff')}</span>
          <span className="big-hint">{t('home.staffHint')}</span>
        </button>
      </nav>
      <button
        type="button"
        className="button secondary presence-button"
        data-testid="presence"
        onClick={() => props.onNavigate('presence')}
      >
        {t('home.presence')}
      </button>
      <TapResult />
      <footer className="home-footer">
        {reader?.state === 'online' && <p data-testid="tap-hint">{t('home.tapHint')}</p>}
        {props.info.development && <DevReaderPanel />}
      </footer>
    </main>
  );
}
