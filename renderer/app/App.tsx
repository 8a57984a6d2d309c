import { useEffect, useState } from 'react';
import type { AppInfo, ContractError, Locale } from '../../main/contract';
import { HomeScreen } from '../home/HomeScreen';
import { InfoScreen } from '../home/InfoScreen';
import { ConsoleGate } from '../console/ConsoleGate';
import { I18nProvider } from '../i18n/I18nProvider';
import { translate } from '../i18n/translate';
import { useApi } from './ApiProvider';
import { DevBanner } from './DevBanner';
import { ErrorNotice } from './ErrorNotice';

export type Screen = 'home' | 'visitor' | 'staff';

interface Boot {
  info: AppInfo;
  locale: Locale;
}

export function App() {
  const api = useApi();
  const [boot, setBoot] = useState<Boot | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [screen, setScreen] = useState<Screen>('home');

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([api.getAppInfo(), api.getKioskSettings()]).then(([info, settings]) => {
      if (cancelled) return;
      if (!info.ok) setError(info.error);
      else if (!settings.ok) setError(settings.error);
      else setBoot({ info: info.value, locale: settings.value.defaultLocale });
    });
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);
  const retry = () => {
    setError(null);
    setAttempt((n) => n + 1);
  };

  if (!boot) {
    return (
      <I18nProvider initial="nl">
        <main className="screen centred">
          {error ? (
            <ErrorNotice error={error} onRetry={retry} />
          ) : (
            <p>{translate('nl', 'app.loading')}</p>
          )}
        </main>
      </I18nProvider>
    );
  }
  const home = () => setScreen('home');
  return (
    <I18nProvider initial={boot.locale}>
      {boot.info.development && <DevBanner />}
      {screen === 'home' && <HomeScreen info={boot.info} onNavigate={setScreen} />}
      {screen === 'visitor' && (
        <InfoScreen title="visitor.title" body="visitor.body" onBack={home} />
      )}
      {screen === 'staff' && <ConsoleGate onExit={home} />}
    </I18nProvider>
  );
}
