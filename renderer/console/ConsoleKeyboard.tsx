/**
 * The on-screen keyboard in the console: a touch kiosk has no physical keyboard, so a text field
 * touched with a finger gets the visitor's keyboard docked under the screen, typing into that
 * field as if it were typed (React hears an ordinary input event). A field reached with a mouse
 * or a real keyboard does not: whoever has those types with them. `always` docks it for any
 * field (a touchscreen that reports itself as a mouse).
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { OnScreenKeyboard, type Layer } from '../visitor/OnScreenKeyboard';

type Field = HTMLInputElement | HTMLTextAreaElement;

const typed = /^(text|search|email|tel|password|number|)$/;
const isField = (el: EventTarget | null): el is Field =>
  (el instanceof HTMLInputElement && typed.test(el.type)) || el instanceof HTMLTextAreaElement;

/** Sets a field's value the way typing does, so React's onChange runs. */
function typeInto(field: Field, value: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A touch this recent is what moved the focus. */
const touchMs = 1000;

export function ConsoleKeyboard(props: { always: boolean }) {
  const { t } = useI18n();
  const [field, setField] = useState<Field | null>(null);
  const [value, setValue] = useState('');
  const { always } = props;
  useEffect(() => {
    let touchedAt = -Infinity;
    const pointer = (e: PointerEvent) => {
      if (e.pointerType === 'touch') touchedAt = performance.now();
    };
    const focus = (e: FocusEvent) => {
      if (!isField(e.target)) return;
      if (!always && performance.now() - touchedAt > touchMs) return;
      setField(e.target);
      setValue(e.target.value);
    };
    const input = (e: Event) => {
      if (e.target === field && field) setValue(field.value);
    };
    document.addEventListener('pointerdown', pointer, true);
    document.addEventListener('focusin', focus);
    document.addEventListener('input', input);
    return () => {
      document.removeEventListener('pointerdown', pointer, true);
      document.removeEventListener('focusin', focus);
      document.removeEventListener('input', input);
    };
  }, [field, always]);
  // A field that left the page (a form closed) takes its keyboard with it.
  useEffect(() => {
    if (!field) return;
    const timer = setInterval(() => field.isConnected || setField(null), 500);
    return () => clearInterval(timer);
  }, [field]);
  if (!field) return null;
  const numeric = field.type === 'number' || field.type === 'tel' || field.inputMode === 'numeric';
  const layer: Layer = numeric ? 'symbols' : 'letters';
  return (
    // Touching the keys must not take the focus from the field being typed in.
    <div className="console-keyboard" onMouseDown={(e) => e.preventDefault()}>
      <OnScreenKeyboard
        key={`${layer}-${field.name}`}
        value={value}
        onChange={(next) => {
          typeInto(field, next);
          setValue(next);
        }}
        maxLength={field.maxLength > 0 ? field.maxLength : 200}
        initialLayer={layer}
      />
      <button type="button" className="button secondary" onClick={() => setField(null)}>
        {t('keyboard.hide')}
      </button>
    </div>
  );
}
