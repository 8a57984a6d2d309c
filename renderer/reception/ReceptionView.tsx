/**
 * The desk's day: who is waiting for their host, who is in, who is expected, who left. A visit
 * chosen opens in place with what can be done; a badge tapped while "hand out a badge" waits
 * goes to that visit.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TagTap, Visit, VisitStatus } from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { serverText } from '../i18n/server-text';
import type { MessageKey } from '../i18n/translate';
import { ConfirmAction } from '../shared/Confirm';
import { DateInput, InlineInput } from '../shared/fields';
import { useData } from '../shared/useData';
import { ReceptionSettingsPanel } from './ReceptionSettingsPanel';
import { RegisterForm } from './RegisterForm';
import { VisitCard } from './VisitCard';

const sections: [VisitStatus, MessageKey][] = [
  ['waiting', 'reception.waiting'],
  ['present', 'reception.present'],
  ['expected', 'reception.expected'],
  ['left', 'reception.left'],
  ['closed', 'reception.closed'],
];

export function ReceptionView() {
  const api = useApi();
  const { t, locale } = useI18n();
  // Null until the service says which day it is on the site's clock.
  const [date, setDate] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [arming, setArming] = useState<number | null>(null);
  const [panel, setPanel] = useState<'register' | 'settings' | null>(null);
  const [tapNote, setNote] = useState<{ text: string; undo: number | null } | null>(null);
  const setTapNote = useCallback(
    (text: string | null, undo?: number) =>
      setNote(text === null ? null : { text, undo: undo ?? null }),
    [],
  );
  // What was done says so for a while, and no longer than the next thing the desk does.
  useEffect(() => {
    if (!tapNote) return;
    const timer = setTimeout(() => setNote(null), 60_000);
    return () => clearTimeout(timer);
  }, [tapNote]);
  const openPanel = (which: 'register' | 'settings') => {
    setNote(null);
    setPanel(which);
  };
  const undo = async (visitId: number) => {
    const r = await api.undoSignOut(visitId);
    setTapNote(
      r.ok
        ? t('reception.done.undone', { name: r.value.visitorName })
        : serverText(r.error.message, locale),
    );
    reload();
  };
  const visits = useData(useCallback(() => api.listVisits(date), [api, date]));
  const day = date ?? visits.value?.date ?? null;
  const config = useData(useCallback(() => api.getReceptionConfig(), [api]));
  const { reload } = visits;

  useEvent(
    'visitsChanged',
    useCallback((e: { date: string }) => e.date === day && reload(), [day, reload]),
  );
  useEvent(
    'tagTapped',
    useCallback(
      (tap: TagTap) => {
        const r = tap.reception;
        if (!r) return;
        if (r.outcome === 'issued') setArming(null);
        const params = { name: r.name ?? '', label: r.label ?? '' };
        setTapNote(
          `${t(`tap.reception.${r.outcome}`, params)}. ${t(`tap.reception.${r.outcome}Hint`, params)}`,
        );
      },
      [t, setTapNote],
    ),
  );
  // The desk's "tap a badge now" lapses on the service after a minute; so does the note here.
  useEffect(() => {
    if (arming === null) return;
    const timer = setTimeout(() => setArming(null), 60_000);
    return () => clearTimeout(timer);
  }, [arming]);

  const arm = async (visitId: number) => {
    setTapNote(null);
    const r = await api.armBadgeIssue(visitId);
    if (r.ok) setArming(visitId);
  };
  const list = visits.value?.visits ?? [];
  return (
    <section className="reception" data-testid="reception">
      <div className="toolbar">
        <DateInput label={t('reception.day')} value={day ?? ''} onChange={setDate} />
        <button type="button" className="button primary" onClick={() => openPanel('register')}>
          {t('reception.register')}
        </button>
        {day && <CloseDay date={day} visits={list} onClosed={reload} />}
        <button type="button" className="button secondary" onClick={() => openPanel('settings')}>
          {t('reception.settings')}
        </button>
      </div>
      {panel === 'register' && (
        <RegisterForm
          date={day ?? ''}
          askPhone={config.value?.askPhone ?? false}
          onDone={() => {
            setPanel(null);
            reload();
          }}
          onCancel={() => setPanel(null)}
        />
      )}
      {panel === 'settings' && <ReceptionSettingsPanel onClose={() => setPanel(null)} />}
      {tapNote && (
        <p className="notice" role="status" data-testid="reception-tap">
          {tapNote.text}
          {tapNote.undo !== null && (
            <>
              {' '}
              <button
                type="button"
                className="button secondary"
                onClick={() => void undo(tapNote.undo!)}
              >
                {t('reception.undo')}
              </button>
            </>
          )}
        </p>
      )}
      {visits.error && <ErrorNotice error={visits.error} onRetry={reload} />}
      {list.length === 0 && <p>{t('reception.none')}</p>}
      {sections.map(([status, title]) => {
        const here = list.filter((v: Visit) => v.status === status);
        if (here.length === 0) return null;
        return (
          <div key={status} className="visit-section" data-testid={`visits-${status}`}>
            <h3>
              {t(title)} ({here.length})
            </h3>
            <ul className="visits">
              {here.map((v) => (
                <VisitCard
                  key={v.id}
                  visit={v}
                  selected={selected === v.id}
                  onSelect={() => {
                    setNote(null);
                    setSelected(selected === v.id ? null : v.id);
                  }}
                  arming={arming === v.id}
                  onArm={() => void arm(v.id)}
                  labels={config.value?.badgeLabels ?? false}
                  changed={reload}
                  done={setTapNote}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function CloseDay(props: { date: string; visits: Visit[]; onClosed: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const openVisits = props.visits.filter(
    (v) => v.status !== 'closed' && (v.status !== 'left' || v.badgeOut),
  );
  const open = openVisits.length;
  if (open === 0) return done ? <p className="notice">{done}</p> : null;
  return (
    <ConfirmAction
      label={t('reception.closeDay')}
      question={t('reception.closeDayText', { count: open })}
      confirmLabel={t('reception.closeDayConfirm', { count: open })}
      ready={reason.trim().length >= 3}
      testId="close-day"
      onConfirm={async () => {
        const r = await api.closeDay(props.date, reason.trim());
        if (r.ok)
          setDone(
            t('reception.closeDayDone', {
              closed: r.value.closed,
              badges: r.value.badgesNotReturned,
            }),
          );
        props.onClosed();
      }}
    >
      <p>
        {t('reception.closeDayWho', { names: openVisits.map((v) => v.visitorName).join(', ') })}
      </p>
      <InlineInput label={t('reception.closeReason')} value={reason} onChange={setReason} />
    </ConfirmAction>
  );
}
