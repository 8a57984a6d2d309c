import { useCallback, useEffect, useState } from 'react';
import type { BadgeTap, TagTap } from '../../main/contract';
import { useEvent } from '../app/ApiProvider';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/I18nProvider';

const visibleMs = 5000;
/** What reception did with a tap that is good news; every other outcome is a warning. */
const good = new Set<BadgeTap['outcome']>(['issued', 'returned', 'staffIn', 'staffOut']);

/** Shows what a tapped badge is, or what reception did with it, the moment the tap arrives. */
export function TapResult() {
  const { t } = useI18n();
  const [tap, setTap] = useState<TagTap | null>(null);
  useEvent(
    'tagTapped',
    useCallback((next: TagTap) => setTap(next), []),
  );
  useEffect(() => {
    if (!tap) return;
    const timer = setTimeout(() => setTap(null), visibleMs);
    return () => clearTimeout(timer);
  }, [tap]);
  if (!tap) return null;
  const { title, hint, ok } = tap.reception ? atReception(tap.reception, t) : plainTap(tap, t);
  return (
    <div
      className={`tap-result${ok ? '' : ' unknown'}`}
      role="status"
      data-testid="tap-result"
      data-uid={tap.uid}
      data-tapped-at={tap.at}
      data-outcome={tap.reception?.outcome ?? ''}
    >
      <p className="tap-title">{title}</p>
      {hint && <p className="tap-hint">{hint}</p>}
    </div>
  );
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

function atReception(r: BadgeTap, t: T) {
  const params = { name: r.name ?? '', label: r.label ?? '' };
  return {
    title: t(`tap.reception.${r.outcome}`, params),
    hint: t(`tap.reception.${r.outcome}Hint`, params),
    ok: good.has(r.outcome),
  };
}

function plainTap(tap: TagTap, t: T) {
  const { holder } = tap;
  if (!holder) return { title: t('tap.unknown'), hint: t('tap.unknownHint'), ok: false };
  if (holder.kind === 'unassigned')
    return { title: t('tap.unassigned'), hint: t('tap.unassignedHint'), ok: false };
  const title =
    holder.kind === 'person'
      ? t('tap.hello', { name: holder.firstName })
      : holder.label
        ? t('tap.visitorBadge', { label: holder.label })
        : t('tap.visitorBadgeUnlabelled');
  // A blocked badge gets no greeting, whoever holds it.
  return holder.usable
    ? { title, hint: null, ok: true }
    : { title: t('tap.reception.unusable'), hint: t('tap.blocked'), ok: false };
}
