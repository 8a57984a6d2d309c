import { useEffect, useState } from 'react';
import { intlLocale } from '../i18n/translate';
import { useI18n } from '../i18n/I18nProvider';

/** The site's time, as its wall clocks show it, whatever the machine's time zone is. */
export function Clock() {
  const { locale, timeZone } = useI18n();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const tag = intlLocale[locale];
  return (
    <div className="clock" aria-live="off">
      <time className="clock-time" dateTime={now.toISOString()}>
        {new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone }).format(now)}
      </time>
      <span className="clock-date">
        {new Intl.DateTimeFormat(tag, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          timeZone,
        }).format(now)}
      </span>
    </div>
  );
}
