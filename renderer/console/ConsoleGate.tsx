import { useCallback, useEffect, useState } from 'react';
import { useIdle } from '../app/useIdle';
import type { ConsoleSession } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { PinPad } from './PinPad';
import { ConsoleArea, type ConsoleTab } from './ConsoleArea';
import { ConsoleLock } from './ConsoleLock';

/**
 * The console behind its PIN. The service enforces the lock on every call; this screen also
 * locks after the same quiet spell, so nothing stays on a lobby screen.
 */
const pinIdleMs = 60_000;

export function ConsoleGate(props: { onExit: () => void; initialTab: ConsoleTab }) {
  const api = useApi();
  const { t } = useI18n();
  const [session, setSession] = useState<ConsoleSession | null>(null);
  const [wrong, setWrong] = useState(false);

  useEffect(() => {
    void api.getConsoleSession().then((r) => r.ok && setSession(r.value));
  }, [api]);

  const { onExit } = props;
  const lock = useCallback(() => {
    void api.lockConsole().finally(onExit);
  }, [api, onExit]);

  const locked = useCallback(() => setSession((s) => s && { ...s, unlocked: false }), []);

  useEffect(() => {
    if (!session?.unlocked) return;
    let timer = setTimeout(lock, session.idleMs);
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, session.idleMs);
    };
    const events = ['pointerdown', 'keydown'] as const;
    events.forEach((e) => window.addEventListener(e, touch));
    return () => {
      clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, touch));
    };
  }, [session, lock]);

  // The PIN pad left alone goes back to the home screen, like every other screen.
  useIdle(session && !session.unlocked ? pinIdleMs : null, onExit);

  if (!session) return null;
  if (session.unlocked)
    return (
      <ConsoleLock onLocked={locked}>
        <ConsoleArea onLock={lock} initialTab={props.initialTab} />
      </ConsoleLock>
    );
  return (
    <main className="screen centred">
      <h1>{t('staff.locked')}</h1>
      {session.pinSet ? (
        <PinPad
          wrong={wrong}
          onSubmit={async (pin) => {
            const result = await api.unlockConsole(pin);
            setWrong(!result.ok);
            if (result.ok) setSession(result.value);
          }}
        />
      ) : (
        <p className="lead">{t('staff.noPin')}</p>
      )}
      <button type="button" className="button secondary" onClick={props.onExit}>
        {t('common.back')}
      </button>
    </main>
  );
}
