import { useKeyboardWedge } from './useKeyboardWedge';
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, ContractError, Locale } from '../../main/contract';
import { HomeScreen } from '../home/HomeScreen';
import { TapResult } from '../home/TapResult';
import { ConsoleGate } from '../console/ConsoleGate';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { translate } from '../i18n/translate';
import { VisitorFlow } from '../visitor/VisitorFlow';
import { useApi } from './ApiProvider';
import { DevBanner } from './DevBanner';
import { ErrorNotice } from './ErrorNotice';
import { useIdle } from './useIdle';

/** How long before a visitor's screen starts over it asks whether anyone is still there. */
const stillThereMs = 15_000;

/** Over the visitor's screen: any touch (the whole overlay takes one) keeps the answers. */
function StillThere(props: { seconds: number }) {
  const { t } = useI18n();
  return (
    <div className="still-there" role="alertdialog" aria-modal="true" data-testid="still-there">
      <div className="panel">
        <h2>{t('visitor.stillThere')}</h2>
        <p className="lead">{t('visitor.stillThereBody', { seconds: props.seconds })}</p>
        <button type="button" className="button primary wide-action">
          {t('visitor.stillThereYes')}
        </button>
      </div>
    </div>
  );
}

/** The console opens on its first tab, or straight on who is here (the evacuation list). */
export type Screen = 'home' | 'visitor' | 'staff' | 'presence';

interface Boot {
  info: AppInfo;
  locale: Locale;
  timeZone: string;
  idleMs: number;
}

/** `onDevelopment`: called once the kiosk says it runs with the development aids on. */
export function App(props: { onDevelopment?: () => void }) {
  const api = useApi();
  const { onDevelopment } = props;
  const [boot, setBoot] = useState<Boot | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    // A page (re)loaded starts at the home screen with the console locked: a reload must not
    // leave an open console behind the next "Staff" touch.
    void api.lockConsole();
    void Promise.all([api.getAppInfo(), api.getKioskSettings(), api.getVisitorKiosk()]).then(
      ([info, settings, visitor]) => {
        if (cancelled) return;
        if (!info.ok) setError(info.error);
        else if (!settings.ok) setError(settings.error);
        else {
          if (info.value.development) onDevelopment?.();
          setBoot({
            info: info.value,
            locale: settings.value.defaultLocale,
            timeZone: settings.value.timeZone,
            idleMs: (visitor.ok ? visitor.value.idleSeconds : 60) * 1000,
          });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, attempt, onDevelopment]);
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
  return (
    <I18nProvider initial={boot.locale} timeZone={boot.timeZone}>
      {boot.info.development && <DevBanner />}
      <Screens boot={boot} />
    </I18nProvider>
  );
}

function Screens(props: { boot: Boot }) {
  const { setLocale } = useI18n();
  const [screen, setScreen] = useState<Screen>('home');
  const { locale: defaultLocale, idleMs } = props.boot;
  // Back home, in the kiosk's own language, for whoever comes next.
  const home = useCallback(() => {
    setScreen('home');
    setLocale(defaultLocale);
  }, [setLocale, defaultLocale]);
  // A keyboard-wedge reader is a reader on every screen: the PIN pad and the desk wait for taps too.
  useKeyboardWedge();
  // Visitor screens return home when left alone, after asking whether anyone is still there;
  // the console locks itself (ConsoleGate).
  const secondsLeft = useIdle(screen === 'visitor' ? idleMs : null, home, stillThereMs);
  // The home screen, left in another language, goes back to the default one.
  useIdle(screen === 'home' ? idleMs : null, home);
  return (
    <>
      {screen === 'home' && <HomeScreen info={props.boot.info} onNavigate={setScreen} />}
      {screen === 'visitor' && <VisitorFlow onDone={home} />}
      {screen === 'visitor' && secondsLeft !== null && <StillThere seconds={secondsLeft} />}
      {/* A badge tapped in the middle of signing in is answered too; the sign-in stays as it was. */}
      {screen === 'visitor' && <TapResult />}
      {(screen === 'staff' || screen === 'presence') && (
        <ConsoleGate onExit={home} initialTab={screen === 'presence' ? 'presence' : 'reception'} />
      )}
    </>
  );
}
