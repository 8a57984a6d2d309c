import { useCallback, useEffect, useState } from 'react';
import type { TagTap } from '../../main/ipc/contract';
import { useEvent } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

const visibleMs = 5000;
const validStatuses = new Set(['active', 'available']);

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

  const { badge } = tap;
  let title: string;
  let hint: string | null = null;
  if (!badge) {
    title = t('tap.unknown');
    hint = t('tap.unknownHint');
  } else if (badge.kind === 'person') {
    title = t('tap.hello', { name: badge.name });
  } else {
    title = badge.label
      ? t('tap.visitorBadge', { label: badge.label })
      : t('tap.visitorBadgeUnlabelled');
  }
  if (badge && !validStatuses.has(badge.status)) hint = t('tap.blocked');
  return (
    <div
      className={`tap-result${badge ? '' : ' unknown'}`}
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
