import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

const letters = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const accents = ['àáâäãåæ', 'èéêëìíîï', 'òóôöõøœ', 'ùúûüçñşßý'];

/**
 * A keyboard on the screen, fit for a finger: the kiosk never opens the system's. Letters start
 * in capitals at the start of a word (names are written that way); the accent keys hold what
 * names from many languages need. Typing on a real keyboard works as well.
 */
export function OnScreenKeyboard(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const [layer, setLayer] = useState<'letters' | 'accents'>('letters');
  const startOfWord = props.value === '' || /[\s-]$/.test(props.value);
  const type = (key: string) => props.onChange(props.value + key);
  const rows = layer === 'letters' ? letters : accents;
  return (
    <div className="osk" role="group" aria-label={t('keyboard.label')} data-testid="keyboard">
      {rows.map((row) => (
        <div className="osk-row" key={row}>
          {[...row].map((key) => {
            const shown = startOfWord ? key.toLocaleUpperCase('nl') : key;
            return (
              <button
                key={key}
                type="button"
                className="button osk-key"
                aria-label={shown}
                onClick={() => type(shown)}
              >
                {shown}
              </button>
            );
          })}
        </div>
      ))}
      <div className="osk-row">
        <button
          type="button"
          className="button osk-key wide"
          onClick={() => setLayer(layer === 'letters' ? 'accents' : 'letters')}
        >
          {layer === 'letters' ? t('keyboard.accents') : t('keyboard.letters')}
        </button>
        <button type="button" className="button osk-key" aria-label="-" onClick={() => type('-')}>
          -
        </button>
        <button type="button" className="button osk-key" aria-label="'" onClick={() => type("'")}>
          '
        </button>
        <button
          type="button"
          className="button osk-key space"
          onClick={() => !startOfWord && type(' ')}
        >
          {t('keyboard.space')}
        </button>
        <button
          type="button"
          className="button osk-key wide"
          aria-label={t('keyboard.backspace')}
          onClick={() => props.onChange([...props.value].slice(0, -1).join(''))}
        >
          ⌫
        </button>
      </div>
    </div>
  );
}

/** The field the keyboard types into; a real keyboard works, the system's never opens. */
export function KioskField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
}) {
  const max = props.maxLength ?? 80;
  return (
    <div className="kiosk-field">
      <label>
        <span className="sr-only">{props.label}</span>
        <input
          className="kiosk-input"
          inputMode="none"
          autoComplete="off"
          spellCheck={false}
          maxLength={max}
          aria-label={props.label}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value.slice(0, max))}
        />
      </label>
      <OnScreenKeyboard value={props.value} onChange={(v) => props.onChange(v.slice(0, max))} />
    </div>
  );
}
