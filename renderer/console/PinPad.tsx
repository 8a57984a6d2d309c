import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** The services refuse shorter PINs (main/console/console-lock.ts). */
const minPinLength = 6;
const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A touch keypad: the PIN never goes through an on-screen keyboard or a text field. */
export function PinPad(props: { wrong: boolean; onSubmit: (pin: string) => Promise<void> }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
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
      {props.wrong && (
        <p className="error-text" role="alert">
          {t('staff.wrongPin')}
        </p>
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
          disabled={pin.length < minPinLength}
        >
          {t('staff.unlock')}
        </button>
      </div>
    </div>
  );
}
