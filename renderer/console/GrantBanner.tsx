/**
 * While an operator acts under short-term rights: said on every console screen, with its end;
 * the console reads its session again when they end, so the tabs follow by themselves.
 */
import { useEffect } from 'react';
import type { RoleGrant } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';

export function GrantBanner(props: { grant: RoleGrant | null; onEnded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { grant, onEnded } = props;
  useEffect(() => {
    if (!grant) return;
    const timer = setTimeout(onEnded, Math.max(0, Date.parse(grant.until) - Date.now()) + 500);
    return () => clearTimeout(timer);
  }, [grant, onEnded]);
  if (!grant) return null;
  return (
    <div className="notice warning" role="status" data-testid="grant-banner">
      {t(grant.kind === 'breakGlass' ? 'grant.bannerBreakGlass' : 'grant.banner', {
        role: t(`operator.role.${grant.role}`),
        until: formatDateTime(grant.until, i18n),
        reason: grant.reason,
      })}
    </div>
  );
}
