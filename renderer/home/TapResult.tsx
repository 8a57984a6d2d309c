import { useCallback, useEffect, useState } from 'react';
import type { TagTap } from '../../main/contract';
import { useEvent } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

const visibleMs = 5000;

/** Shows who a tapped badge belongs to, for a few seconds, the moment the tap arrives. */
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

  const { holder } = tap;
  let title: string;
  let hint: string | null = null;
  if (!holder) {
    title = t('tap.unknown');
    hint = t('tap.unknownHint');
  } else if (holder.kind === 'person') {
    title = t('tap.hello', { name: holder.firstName });
  } else if (holder.kind === 'unassigned') {
    title = t('tap.unassigned');
  } else {
    title = holder.label
      ? t('tap.visitorBadge', { label: holder.label })
      : t('tap.visitorBadgeUnlabelled');
  }
  if (holder?.kind === 'unassigned') hint = t('tap.unassignedHint');
  else if (holder && !holder.usable) hint = t('tap.blocked');
  return (
    <div
      className={`tap-result${holder ? '' : ' unknown'}`}
      role="status"
      data-testid="tap-result"
      data-uid={tap.uid}
      data-tapped-at={tap.at}
    >
      <p className="tap-title">{title}</p>
      {hint && <p className="tap-hint">{hint}</p>}
    </div>
  );
}
