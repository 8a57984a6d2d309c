import { useState } from 'react';
import type { SiteConfig } from '../../main/contract';
import { intlLocale } from '../i18n/translate';
import { useI18n } from '../i18n/I18nProvider';
import { Field, Select, TextInput } from '../shared/fields';
import { useListKeys } from '../shared/useListKeys';
import { ConfirmPanel } from '../shared/Confirm';

export type Window = SiteConfig['officeHours'][number];
export type Grant = SiteConfig['profiles'][number]['rules'][number];

/** One entry per line, as people paste names from the building's exports. */
export function LinesInput(props: {
  label: string;
  value: string[];
  onChange: (v: string[]) => void;
}) {
  return (
    <Field label={props.label}>
      <textarea
        className="text-input"
        rows={Math.max(2, props.value.length)}
        value={props.value.join('\n')}
        onChange={(e) => props.onChange(e.target.value.split('\n'))}
      />
    </Field>
  );
}

export function Chips<T extends string | number>(props: {
  options: { value: T; label: string }[];
  selected: T[];
  onChange: (v: T[]) => void;
}) {
  const toggle = (v: T) =>
    props.onChange(
      props.selected.includes(v)
        ? props.selected.filter((s) => s !== v)
        : props.options.map((o) => o.value).filter((o) => o === v || props.selected.includes(o)),
    );
  return (
    <div className="choice">
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`button chip${props.selected.includes(o.value) ? ' selected' : ''}`}
          aria-pressed={props.selected.includes(o.value)}
          onClick={() => toggle(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** Removes an entry from the draft, after asking: one stray touch must not drop a zone. */
export function RemoveButton(props: { onClick: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (asking)
    return (
      <ConfirmPanel
        question={t('site.removeQuestion')}
        confirmLabel={t('site.remove')}
        tone="danger"
        onConfirm={() => {
          setAsking(false);
          props.onClick();
        }}
        onCancel={() => setAsking(false)}
      />
    );
  return (
    <button type="button" className="button secondary danger" onClick={() => setAsking(true)}>
      {t('site.remove')}
    </button>
  );
}

export function AddButton(props: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button secondary" onClick={props.onClick}>
      + {t('site.add')}
    </button>
  );
}

export function WindowsEditor(props: { windows: Window[]; onChange: (w: Window[]) => void }) {
  const { t, locale } = useI18n();
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) => ({
    value: d,
    label: new Intl.DateTimeFormat(intlLocale[locale], {
      weekday: 'short',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 0, d))),
  }));
  const change = (i: number, patch: Partial<Window>) =>
    props.onChange(props.windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  const keys = useListKeys(props.windows.length);
  return (
    <div className="windows">
      {props.windows.map((w, i) => (
        <div key={keys.keyOf(i)} className="window-row">
          <Chips options={days} selected={w.days} onChange={(d) => change(i, { days: d })} />
          <TextInput
            label={t('site.from')}
            value={w.from}
            onChange={(from) => change(i, { from })}
          />
          <TextInput label={t('site.to')} value={w.to} onChange={(to) => change(i, { to })} />
          <RemoveButton
            onClick={() => {
              keys.removed(i);
              props.onChange(props.windows.filter((_, j) => j !== i));
            }}
          />
        </div>
      ))}
      <AddButton
        onClick={() => {
          keys.added();
          props.onChange([...props.windows, { days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' }]);
        }}
      />
    </div>
  );
}

export function GrantsEditor(props: {
  grants: Grant[];
  site: SiteConfig;
  onChange: (g: Grant[]) => void;
}) {
  const { t } = useI18n();
  const zones = props.site.zones.map((z) => ({ value: z.id, label: z.id }));
  const schedules = Object.keys(props.site.schedules).map((s) => ({ value: s, label: s }));
  const change = (i: number, patch: Partial<Grant>) =>
    props.onChange(props.grants.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const keys = useListKeys(props.grants.length);
  return (
    <div className="windows">
      {props.grants.map((g, i) => (
        <div key={keys.keyOf(i)} className="window-row">
          <Chips options={zones} selected={g.zones} onChange={(z) => change(i, { zones: z })} />
          <Select
            label={t('site.schedule')}
            value={g.schedule}
            options={schedules}
            onChange={(schedule) => change(i, { schedule })}
          />
          <RemoveButton
            onClick={() => {
              keys.removed(i);
              props.onChange(props.grants.filter((_, j) => j !== i));
            }}
          />
        </div>
      ))}
      <AddButton
        onClick={() => {
          keys.added();
          props.onChange([...props.grants, { zones: [], schedule: schedules[0]?.value ?? '' }]);
        }}
      />
    </div>
  );
}

type Labels = { nl?: string; en?: string };

/** The name in each language, where it differs from the plain one; empty means "use that". */
export function LabelsEditor(props: { labels: Labels | undefined; onChange: (l: Labels) => void }) {
  const { t } = useI18n();
  const set = (locale: keyof Labels, value: string) => {
    const next: Labels = { ...props.labels };
    if (value.trim()) next[locale] = value;
    else delete next[locale];
    props.onChange(next);
  };
  return (
    <>
      <TextInput
        label={t('site.labelNl')}
        value={props.labels?.nl ?? ''}
        onChange={(v) => set('nl', v)}
      />
      <TextInput
        label={t('site.labelEn')}
        value={props.labels?.en ?? ''}
        onChange={(v) => set('en', v)}
      />
    </>
  );
}
