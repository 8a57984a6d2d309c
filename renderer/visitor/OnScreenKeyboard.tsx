import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

const layers = {
  letters: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  accents: ['àáâäãåæ', 'èéêëìíîï', 'òóôöõøœ', 'ùúûüçñşý', 'łßđćčšžğ'],
  symbols: ['1234567890', '.,&@/()+#', ':;!?_"*'],
} as const;
export type Layer = keyof typeof layers;

/**
 * A keyboard on the screen, fit for a finger: the kiosk never opens the system's. The first
 * letter is a capital, in a name field the first of every word too ("Halfway Henk"), and ⇧
 * turns the next letter's case over: a capital in the middle of a word, or a small letter where
 * a capital was coming ("Jan de Vries": the visitor decides). The accent layer holds what names
 * from many languages need (Łukasz, Søren, Strauß) and goes back to letters after one key; 123
 * holds digits and the signs company names have (B.V., 3M, A&B). A real keyboard works as well.
 */
export function OnScreenKeyboard(props: {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** Where the keys start: digits for a phone number. */
  initialLayer?: Layer;
  /** `words`: a name, each word starts with a capital; otherwise only the first letter does. */
  capitalise?: 'first' | 'words';
}) {
  const { t } = useI18n();
  const [layer, setLayer] = useState<Layer>(props.initialLayer ?? 'letters');
  const [shift, setShift] = useState(false);
  const pending = props.value === '' || (props.capitalise === 'words' && props.value.endsWith(' '));
  const capital = pending !== shift;
  const type = (key: string) => {
    if ([...props.value].length >= (props.maxLength ?? 80)) return;
    props.onChange(props.value + key);
    setShift(false);
    if (layer === 'accents') setLayer('letters');
  };
  const shown = (key: string) =>
    capital && key !== 'ß' && layer !== 'symbols' ? key.toLocaleUpperCase('nl') : key;
  const other: Layer = layer === 'symbols' ? 'letters' : 'symbols';
  return (
    <div className="osk" role="group" aria-label={t('keyboard.label')} data-testid="keyboard">
      {layers[layer].map((row) => (
        <div className="osk-row" key={row}>
          {[...row].map((key) => (
            <button
              key={key}
              type="button"
              className="button osk-key"
              aria-label={shown(key)}
              onClick={() => type(shown(key))}
            >
              {shown(key)}
            </button>
          ))}
        </div>
      ))}
      <div className="osk-row">
        <button
          type="button"
          className={`button osk-key wide${capital ? ' on' : ''}`}
          aria-label={t('keyboard.shift')}
          aria-pressed={capital}
          onClick={() => setShift(!shift)}
        >
          ⇧
        </button>
        <button
          type="button"
          className="button osk-key wide"
          onClick={() => setLayer(layer === 'accents' ? 'letters' : 'accents')}
        >
          {layer === 'accents' ? t('keyboard.letters') : t('keyboard.accents')}
        </button>
        <button type="button" className="button osk-key wide" onClick={() => setLayer(other)}>
          {other === 'symbols' ? t('keyboard.symbols') : t('keyboard.letters')}
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
          onClick={() => props.value !== '' && !props.value.endsWith(' ') && type(' ')}
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

/** The field the keyboard types into; it always shows the end of what was typed. */
export function KioskInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [props.value]);
  const full = [...props.value].length >= props.maxLength;
  return (
    <label className="kiosk-field">
      <span className="sr-only">{props.label}</span>
      <input
        ref={input}
        className="kiosk-input"
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        maxLength={props.maxLength}
        aria-label={props.label}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value.slice(0, props.maxLength))}
      />
      {full && (
        <span className="field-hint" role="status">
          {t('keyboard.full', { max: props.maxLength })}
        </span>
      )}
    </label>
  );
}
