/** Labelled form fields: the label above, a control of at least touch size below. */
import type { ReactNode } from 'react';

export function Field(props: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      {props.children}
    </label>
  );
}

export function TextInput(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: string;
}) {
  return (
    <Field label={props.label}>
      <input
        className="text-input"
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}

export function Select<T extends string>(props: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <Field label={props.label}>
      <select
        className="text-input"
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
