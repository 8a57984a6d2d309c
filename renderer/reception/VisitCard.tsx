/** One visit in the desk's list: what it is, and (when chosen) what the desk can do with it. */
import { useState } from 'react';
import type { Visit } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmAction } from '../shared/Confirm';
import { InlineInput } from '../shared/fields';
import { saveFile } from '../shared/save-file';
import { ReaderIndicator } from '../home/ReaderIndicator';
import { clockTime } from './time';
import type { ContractError } from '../../main/contract';

export function VisitCard(props: {
  visit: Visit;
  selected: boolean;
  onSelect: () => void;
  /** The desk is waiting for a badge tap for this visit. */
  arming: boolean;
  onArm: () => void;
  labels: boolean;
  changed: () => void;
  /** Says what was done, for the top of the desk; with the visit whose sign-out can be undone. */
  done: (message: string, undoSignOut?: number) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const v = props.visit;
  const line = [
    v.visitorCompany,
    v.visitorPhone,
    v.host && `${v.host.name}${v.host.left ? ` ${t('reception.hostLeft')}` : ''}`,
    v.lateness === 'noShow' && t('reception.noShow'),
    v.lateness === 'late' && t('reception.late', { time: v.expectedTime ?? '' }),
    v.status === 'expected' &&
      v.lateness === null &&
      v.expectedTime &&
      t('reception.expectedAt', { time: v.expectedTime }),
    v.checkedOutAt && t('reception.leftAt', { time: clockTime(v.checkedOutAt, i18n) }),
    v.checkedInAt &&
      !v.checkedOutAt &&
      (v.overdue
        ? t('reception.overdue', { time: clockTime(v.checkedInAt, i18n) })
        : t('reception.since', { time: clockTime(v.checkedInAt, i18n) })),
    v.badgeOut && v.badge && t('reception.badgeOut', { label: v.badge.label ?? v.badge.uid }),
    // No notice went or is going to the host: the desk must see that on the list, not inside.
    v.status === 'waiting' && v.host && v.notifications.length === 0 && t('reception.hostNotTold'),
  ].filter(Boolean);
  return (
    <li
      className={`visit${v.overdue || v.lateness === 'late' ? ' overdue' : ''}${v.lateness === 'noShow' ? ' no-show' : ''}`}
      data-testid="visit"
      data-status={v.status}
      data-lateness={v.lateness ?? ''}
    >
      <button
        type="button"
        className="button row-button"
        aria-expanded={props.selected}
        onClick={props.onSelect}
      >
        <span className="row-main">{v.visitorName}</span>
        <span className="row-sub">{line.join(' · ')}</span>
      </button>
      {props.selected && <VisitActions {...props} />}
    </li>
  );
}

function VisitActions(props: Parameters<typeof VisitCard>[0]) {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const v = props.visit;
  const [error, setError] = useState<ContractError | null>(null);
  const [reason, setReason] = useState('');
  const act = async (
    call: () => Promise<{ ok: boolean; error?: ContractError }>,
    done?: 'pickedUp' | 'signedOut' | 'closed',
  ) => {
    const r = await call();
    setError(r.ok ? null : (r.error ?? null));
    if (r.ok && done)
      props.done(
        t(`reception.done.${done}`, { name: v.visitorName }),
        done === 'signedOut' ? v.id : undefined,
      );
    props.changed();
  };
  const inside = v.status === 'waiting' || v.status === 'present';
  return (
    <div className="panel visit-actions" data-testid="visit-actions">
      <div className="actions">
        {v.status === 'waiting' && (
          <button
            type="button"
            className="button primary"
            onClick={() => void act(() => api.markPickedUp(v.id), 'pickedUp')}
          >
            {t('reception.pickedUp')}
          </button>
        )}
        {inside && !v.badgeOut && (
          <button type="button" className="button secondary" onClick={props.onArm}>
            {t('reception.issueBadge')}
          </button>
        )}
        {inside && (
          <button
            type="button"
            className="button secondary"
            onClick={() => void act(() => api.signOutVisit(v.id), 'signedOut')}
          >
            {t('reception.signOut')}
          </button>
        )}
        {props.labels && inside && (
          <button
            type="button"
            className="button secondary"
            onClick={async () => {
              const r = await api.getBadgeLabel(v.id, locale);
              if (r.ok) saveFile(r.value);
              else setError(r.error);
            }}
          >
            {t('reception.label')}
          </button>
        )}
        {v.status !== 'closed' && (v.status !== 'left' || v.badgeOut) && (
          <ConfirmAction
            label={t('reception.close')}
            question={t('reception.closeReason')}
            confirmLabel={t('reception.closeConfirm')}
            ready={reason.trim().length >= 3}
            onConfirm={() => act(() => api.closeVisit(v.id, reason.trim()), 'closed')}
          >
            <InlineInput label={t('reception.closeReason')} value={reason} onChange={setReason} />
          </ConfirmAction>
        )}
      </div>
      {props.arming && inside && (
        <div className="notice" role="status" data-testid="tap-badge-now">
          <p>{t('reception.tapBadgeNow')}</p>
          <ReaderIndicator />
        </div>
      )}
      <Notifications visit={v} onRetry={(id) => void act(() => api.retryNotification(id))} />
      {v.closeReason && <p className="reason">{v.closeReason}</p>}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

function Notifications(props: { visit: Visit; onRetry: (id: number) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = props.visit.notifications;
  if (props.visit.status === 'expected') return null;
  return (
    <div className="notifications" data-testid="notifications">
      <h4>{t('reception.notifications')}</h4>
      {list.length === 0 && props.visit.host && <p>{t('reception.noNotifications')}</p>}
      <ul>
        {list.map((n) => (
          <li key={n.id} data-status={n.status}>
            {t(`reception.channel.${n.channel}`)} ({t(`reception.kind.${n.kind}`)}):{' '}
            <strong>{t(`reception.status.${n.status}`)}</strong>
            {n.sentAt && ` ${clockTime(n.sentAt, i18n)}`}
            {n.status === 'failed' && (
              <button
                type="button"
                className="button secondary"
                onClick={() => props.onRetry(n.id)}
              >
                {t('reception.retry')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
