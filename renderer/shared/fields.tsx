/** Labelled form fields: the label above, a control of at least touch size below. */
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** A field with what is wrong with it, if anything, said below it in words. */
export function Field(props: {
  label: string;
  error?: string | undefined;
  children: ReactNode;
  /** Across the whole form: for choices that read as sentences. */
  wide?: boolean;
}) {
  // The problem sits beside the label, not in it, so the field keeps its own name.
  return (
    <div className={props.wide ? 'field wide' : 'field'}>
      <label className="field">
        <span>{props.label}</span>
        {props.children}
      </label>
      {props.error && (
        <span className="field-error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}

export function TextInput(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: string;
  error?: string | undefined;
  wide?: boolean;
}) {
  return (
    <Field label={props.label} error={props.error} wide={props.wide ?? false}>
      <input
        className="text-input"
        type={props.type ?? 'text'}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}

/** Text that runs to sentences: wraps as it grows instead of scrolling out of sight. */
export function TextArea(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
}) {
  return (
    <label className="field wide">
      <span>{props.label}</span>
      <textarea
        className="text-input"
        rows={props.rows ?? 2}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

export function Select<T extends string>(props: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
  error?: string | undefined;
  wide?: boolean;
}) {
  return (
    <Field label={props.label} error={props.error} wide={props.wide ?? false}>
      <select
        className="text-input"
        aria-invalid={props.error ? true : undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A text field whose label is its placeholder: search boxes and short inline forms. */
export function InlineInput(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <input
      className="text-input"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      placeholder={props.label}
      aria-label={props.label}
    />
  );
}

/**
 * A date typed the way the screen's language writes it (31-12-2025 or 31/12/2025), kept as
 * 2025-12-31. The browser's own date field follows the machine's locale, not the kiosk's.
 */
export function DateInput(props: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  /** Told whether what is typed is a date (or nothing): a form must not save a half-typed one. */
  onValid?: (valid: boolean) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(() => fromIso(props.value, t('date.separator')));
  // Another record chosen, or the value set from outside: show that, unless it is what is typed
  // (adjusted while rendering, as React advises, rather than in an effect).
  const [shownValue, setShownValue] = useState(props.value);
  if (shownValue !== props.value) {
    setShownValue(props.value);
    if ((toIso(typed) ?? '') !== props.value) setTyped(fromIso(props.value, t('date.separator')));
  }
  const problem = props.error ?? (typed.trim() && !toIso(typed) ? t('date.invalid') : undefined);
  return (
    <Field label={props.label} error={problem}>
      <input
        className="text-input"
        inputMode="numeric"
        placeholder={t('date.placeholder')}
        aria-invalid={problem ? true : undefined}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          const iso = toIso(e.target.value);
          const valid = iso !== null || !e.target.value.trim();
          props.onValid?.(valid);
          if (valid) props.onChange(iso ?? '');
        }}
      />
    </Field>
  );
}

const fromIso = (iso: string, separator: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join(separator) : '';

/**
 * "31-12-2025", "31/12/2025", "31.12.2025" (or ISO "2025-12-31") as 2025-12-31; null when it is
 * no real date (31-02, a two-digit year).
 */
export function toIso(text: string): string | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  const m = iso
    ? [iso[0], iso[3], iso[2], iso[1]]
    : /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return date.toISOString().slice(0, 10);
}
