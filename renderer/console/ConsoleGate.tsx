import { useCallback, useEffect, useState } from 'react';
import type { ConsoleSession, TagTap } from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { useTapPurpose } from '../app/useTapPurpose';
import { useIdle } from '../app/useIdle';
import { useI18n } from '../i18n/I18nProvider';
import { PinPad } from './PinPad';
import { ConsoleArea, type ConsoleTab } from './ConsoleArea';
import { ConsoleLock } from './ConsoleLock';
import { FirstStart } from './FirstStart';

const pinIdleMs = 60_000;

/**
 * The console behind a named operator's badge and PIN. The service enforces the lock and each
 * role's calls; this screen also locks after the same quiet spell, so nothing stays on a lobby
 * screen, and shows only what the operator's role may use.
 */
export function ConsoleGate(props: { onExit: () => void; initialTab: ConsoleTab }) {
  const api = useApi();
  const { t } = useI18n();
  const [session, setSession] = useState<ConsoleSession | null>(null);
  const [wrong, setWrong] = useState(false);
  const [badge, setBadge] = useState<{ uid: string; name: string } | null>(null);
  // At the PIN pad a tap names the operator; it signs nobody in or out.
  useTapPurpose('identify');

  useEffect(() => {
    void api.getConsoleSession().then((r) => r.ok && setSession(r.value));
  }, [api]);

  const { onExit } = props;
  const lock = useCallback(() => {
    void api.lockConsole().finally(onExit);
  }, [api, onExit]);

  const locked = useCallback(() => setSession((s) => s && { ...s, unlocked: false }), []);

  // At the PIN pad, an operator's own staff badge names them. Come for the evacuation list, a
  // BHV team member's badge opens it without a PIN (the kiosk checks the tap and the team).
  const forEvacuation = props.initialTab === 'presence';
  useEvent(
    'tagTapped',
    useCallback(
      (tap: TagTap) => {
        if (tap.holder?.kind !== 'person' || !tap.holder.usable) return;
        const name = tap.holder.firstName;
        if (!forEvacuation) return setBadge({ uid: tap.uid, name });
        void api.openEvacuationByBadge(tap.uid).then((r) => {
          if (r.ok) setSession(r.value);
          else setBadge({ uid: tap.uid, name });
        });
      },
      [api, forEvacuation],
    ),
  );

  useIdle(session?.unlocked ? session.idleMs : null, lock);
  // The PIN pad left alone goes back to the home screen, like every other screen.
  useIdle(session && !session.unlocked ? pinIdleMs : null, onExit);

  if (!session) return null;
  if (session.setupNeeded) return <FirstStart onDone={setSession} onExit={onExit} />;
  if (session.unlocked && session.operator)
    return (
      <ConsoleLock onLocked={locked}>
        <ConsoleArea
          onLock={lock}
          initialTab={session.evacuationOnly ? 'presence' : props.initialTab}
          operator={session.operator}
          evacuationOnly={session.evacuationOnly}
          onSession={setSession}
        />
      </ConsoleLock>
    );
  return (
    <main className="screen centred pin-screen">
      <h1>{t('staff.locked')}</h1>
      <p className="lead" data-testid="pin-badge">
        {badge ? t('operator.badgeOf', { name: badge.name }) : t('operator.tapOrPin')}
      </p>
      <PinPad
        wrong={wrong}
        blockedMs={session.blockedMs}
        onSubmit={async (pin) => {
          const result = await api.unlockConsole(pin, badge?.uid ?? null);
          setWrong(!result.ok);
          if (result.ok) setSession(result.value);
          else void api.getConsoleSession().then((r) => r.ok && setSession(r.value));
        }}
      />
      <button type="button" className="button secondary" onClick={props.onExit}>
        {t('common.back')}
      </button>
    </main>
  );
}
