import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** The services refuse shorter PINs (main/console/console-lock.ts). */
const minPinLength = 6;
const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A touch keypad: the PIN never goes through an on-screen keyboard or a text field. */
export function PinPad(props: {
  wrong: boolean;
  /** Milliseconds the service still refuses PINs after too many wrong ones. */
  blockedMs: number;
  onSubmit: (pin: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const blocked = useCountdown(props.blockedMs);
  const press = (digit: string) => setPin((p) => (p.length < 12 ? p + digit : p));
  const submit = async () => {
    await props.onSubmit(pin);
    setPin('');
  };
  return (
    <div className="pin-pad">
      <p className="lead">{t('staff.enterPin')}</p>
      <output className="pin-dots" aria-live="polite" data-testid="pin-dots">
        {'•'.repeat(pin.length) || '\u00a0'}
      </output>
      {blocked > 0 ? (
        <p className="error-text" role="alert" data-testid="pin-blocked">
          {t('operator.blocked', { seconds: blocked })}
        </p>
      ) : (
        props.wrong && (
          <p className="error-text" role="alert">
            {t('staff.wrongPin')}
          </p>
        )
      )}
      <div className="pin-keys">
        {keys.map((k) => (
          <button
            key={k}
            type="button"
            className="button secondary pin-key"
            onClick={() => press(k)}
          >
            {k}
          </button>
        ))}
        <button type="button" className="button secondary pin-key word" onClick={() => setPin('')}>
          {t('staff.clear')}
        </button>
        <button type="button" className="button secondary pin-key" onClick={() => press('0')}>
          0
        </button>
        <button
          type="button"
          className="button secondary pin-key"
          aria-label={t('keyboard.backspace')}
          onClick={() => setPin((p) => p.slice(0, -1))}
        >
          ⌫
        </button>
        <button
          type="button"
          className="button primary pin-unlock"
          onClick={() => void submit()}
          disabled={pin.length < minPinLength || blocked > 0}
        >
          {t('staff.unlock')}
        </button>
      </div>
    </div>
  );
}

/** Whole seconds left of a wait that started now, counting down once a second. */
function useCountdown(ms: number): number {
  const [left, setLeft] = useState(Math.ceil(ms / 1000));
  const [from, setFrom] = useState(ms);
  if (from !== ms) {
    setFrom(ms);
    setLeft(Math.ceil(ms / 1000));
  }
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return left;
}
