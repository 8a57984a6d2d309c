/**
 * Who is in the building (the evacuation list), its PDF, and the roll call: one touch from the
 * home screen. Everything here comes from the kiosk's own database, so it works without network.
 */
import { useCallback, useState } from 'react';
import {
  presenceGroupOf,
  presenceGroups,
  type KioskPart,
  type Presence,
  type RollCall,
} from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmAction } from '../shared/Confirm';
import { saveFile } from '../shared/save-file';
import { useData } from '../shared/useData';
import { clockTime } from './time';

export function PresenceView(props: {
  /** May this operator let staff tap in here (the office manager's reception setting)? */
  canSwitchStaff: boolean;
}) {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const presence = useData(useCallback(() => api.getPresence(), [api]));
  const roll = useData(useCallback(() => api.getRollCall(), [api]));
  const [ended, setEnded] = useState<RollCall | null>(null);
  const { reload } = presence;
  useEvent(
    'visitsChanged',
    useCallback(() => reload(), [reload]),
  );
  const download = async (get: () => ReturnType<typeof api.getEvacuationList>) => {
    const r = await get();
    if (r.ok) saveFile(r.value);
  };
  const p = presence.value;
  // Staff on the list need staff to tap in at this kiosk: one touch here, not a settings hunt.
  const switchStaffOn = async () => {
    const config = await api.getReceptionConfig();
    if (!config.ok) return;
    const r = await api.setReceptionConfig({ ...config.value, staffPresence: true });
    if (r.ok) reload();
  };
  return (
    <section className="presence" data-testid="presence-view">
      <h2>{t('presence.title')}</h2>
      {p && <p className="lead">{t('presence.at', { time: clockTime(p.at, i18n) })}</p>}
      {p?.kiosks && <KioskParts parts={p.kiosks} />}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          data-testid="evacuation-pdf"
          onClick={() => void download(() => api.getEvacuationList(locale))}
        >
          {t('presence.pdf')}
        </button>
        {!roll.value && (
          <>
            <button
              type="button"
              className="button secondary"
              onClick={async () => {
                await api.startRollCall('drill');
                roll.reload();
              }}
            >
              {t('presence.startDrill')}
            </button>
            <button
              type="button"
              className="button secondary danger"
              onClick={async () => {
                await api.startRollCall('evacuation');
                roll.reload();
              }}
            >
              {t('presence.startEvacuation')}
            </button>
          </>
        )}
      </div>
      {presence.error && <ErrorNotice error={presence.error} onRetry={presence.reload} />}
      {ended && <EndedRollCall call={ended} />}
      {roll.value ? (
        <RollCallList
          call={roll.value}
          staffPresence={p?.staffPresence ?? true}
          onEnded={(call) => {
            setEnded(call);
            roll.reload();
          }}
        />
      ) : (
        p && (
          <PresenceList
            presence={p}
            switchStaff={props.canSwitchStaff ? () => void switchStaffOn() : null}
          />
        )
      )}
    </section>
  );
}

function PresenceList(props: { presence: Presence; switchStaff: (() => void) | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { visitors, staff, staffPresence } = props.presence;
  const groups = presenceGroups.map(
    (g) => [t(`presence.${g}`), visitors.filter((v) => presenceGroupOf(v.purpose) === g)] as const,
  );
  return (
    <div className="presence-lists">
      {groups.map(([title, list]) => (
        <div key={title} className="panel">
          <h3>
            {title} ({list.length})
          </h3>
          {list.length === 0 && <p>{t('presence.nobody')}</p>}
          <ul data-testid="present-visitors">
            {list.map((v) => (
              <li key={v.visitId}>
                <strong>{v.name}</strong>
                <span className="row-sub">
                  {' '}
                  {[
                    v.purpose === 'interview' || v.purpose === 'other'
                      ? t(`visitor.purpose.${v.purpose}`)
                      : null,
                    v.company,
                    v.host && t('presence.host', { host: v.host }),
                    v.badgeLabel && t('reception.badge', { label: v.badgeLabel }),
                    props.presence.kiosks && v.kiosk && t('presence.atKiosk', { name: v.kiosk }),
                    clockTime(v.since, i18n),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="panel">
        <h3>
          {t('presence.staff')}
          {staffPresence && ` (${staff.length})`}
        </h3>
        {!staffPresence && (
          <div className="notice" data-testid="staff-presence-off">
            <p>{t('presence.staffOff')}</p>
            <p>{t('presence.staffOffHow')}</p>
            {props.switchStaff ? (
              <button type="button" className="button secondary" onClick={props.switchStaff}>
                {t('presence.staffOn')}
              </button>
            ) : (
              <p>{t('presence.staffOffAsk')}</p>
            )}
          </div>
        )}
        {staffPresence && staff.length === 0 && <p>{t('presence.nobody')}</p>}
        <ul>
          {staff.map((s) => (
            <li key={s.personId}>
              <strong>{s.name}</strong>
              <span className="row-sub">
                {' '}
                {[s.department, clockTime(s.since, i18n)].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Each kiosk's part of the list (a central store), and whether it is current. */
function KioskParts(props: { parts: KioskPart[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const stale = props.parts.some((k) => k.stale);
  return (
    <div className={stale ? 'notice' : 'panel'} data-testid="kiosk-parts">
      <ul>
        {props.parts.map((k) => (
          <li key={k.name} data-stale={k.stale ? 'yes' : 'no'}>
            {k.here
              ? t('presence.kioskHere', { name: k.name })
              : k.freshAsOf === null
                ? t('presence.kioskNever', { name: k.name })
                : t(k.stale ? 'presence.kioskStale' : 'presence.kioskFresh', {
                    name: k.name,
                    time: clockTime(k.freshAsOf, i18n),
                  })}
          </li>
        ))}
      </ul>
      {stale && <p>{t('presence.notCurrent')}</p>}
    </div>
  );
}

/** The after-report of a roll call just ended: how many were seen, and its PDF. */
function EndedRollCall(props: { call: RollCall }) {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { call } = props;
  const seen = call.entries.filter((e) => e.accountedAt).length;
  const missing = call.entries.filter((e) => !e.accountedAt);
  return (
    <div className="panel" data-testid="roll-call-ended">
      <p>{t('presence.ended', { time: clockTime(call.endedAt ?? call.startedAt, i18n) })}</p>
      <p>{t('presence.accounted', { count: seen, total: call.entries.length })}</p>
      <p className={missing.length ? 'notice' : undefined} data-testid="roll-call-missing">
        {missing.length
          ? t('presence.notSeen', { names: missing.map((e) => e.name).join(', ') })
          : t('presence.allSeen')}
      </p>
      <button
        type="button"
        className="button primary"
        onClick={async () => {
          const r = await api.getRollCallReport(call.id, locale);
          if (r.ok) saveFile(r.value);
        }}
      >
        {t('presence.report')}
      </button>
    </div>
  );
}

function RollCallList(props: {
  call: RollCall;
  staffPresence: boolean;
  onEnded: (call: RollCall) => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [call, setCall] = useState(props.call);
  const seen = call.entries.filter((e) => e.accountedAt).length;
  return (
    <div className="panel" data-testid="roll-call">
      <h3>{t(call.reason === 'drill' ? 'presence.drillTitle' : 'presence.evacuationTitle')}</h3>
      <p className="lead">{t('presence.accounted', { count: seen, total: call.entries.length })}</p>
      {!props.staffPresence && <p className="notice">{t('presence.staffOff')}</p>}
      <ul className="roll-call">
        {call.entries.map((e) => (
          <li key={e.key}>
            <label className="check big-check">
              <input
                type="checkbox"
                checked={e.accountedAt !== null}
                onChange={async (ev) => {
                  const r = await api.markRollCall(call.id, e.key, ev.target.checked);
                  if (r.ok) setCall(r.value);
                }}
              />
              <span>
                <strong>{e.name}</strong>
                {e.detail && <span className="row-sub"> {e.detail}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <ConfirmAction
        label={t('presence.end')}
        question={t('presence.endText')}
        confirmLabel={t('presence.endConfirm')}
        onConfirm={async () => {
          const r = await api.endRollCall(call.id);
          if (r.ok) props.onEnded(r.value);
        }}
      />
    </div>
  );
}
