import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../main/contract';
import { translate, type MessageKey } from './translate';

export interface I18n {
  locale: Locale;
  /** The site's time zone: times are shown as they are at the site, whatever the machine says. */
  timeZone: string;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: {
  initial: Locale;
  timeZone?: string | undefined;
  children: ReactNode;
}) {
  const timeZone = props.timeZone ?? 'Europe/Amsterdam';
  const [locale, setLocale] = useState<Locale>(props.initial);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({ locale, timeZone, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, timeZone],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
