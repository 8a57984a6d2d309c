/** The privacy officer's screen: retention, the disk, the deletion log, requests, the record. */
import { useCallback, useState } from 'react';
import type { PrivacyFile, Result } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { InlineInput, TextInput } from '../shared/fields';
import { saveFile } from '../shared/save-file';
import { useData } from '../shared/useData';
import { VisitorLog } from './VisitorLog';
import { BackupsPanel } from './BackupsPanel';
import { formatDateTime } from '../shared/format';
import { useTerm } from '../shared/terms';

export function PrivacyView() {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const term = useTerm();
  const overview = useData(useCallback(() => api.getPrivacyOverview(), [api]));
  const [employeeId, setEmployeeId] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const download = async (get: () => Promise<Result<PrivacyFile>>) => {
    const r = await get();
    if (r.ok) saveFile(r.value);
    setNote(r.ok ? null : t('privacy.notFound'));
  };
  const o = overview.value;
  return (
    <section className="reception" data-testid="privacy">
      {o && (
        <>
          <p className={o.diskEncryption === 'encrypted' ? 'notice' : 'error-text'}>
            {t(`privacy.disk.${o.diskEncryption}`)}
          </p>
          <h2>{t('privacy.retention')}</h2>
          <p>{t('privacy.visitorDays', { days: o.visitorDays })}</p>
          <Retention
            eventMonths={o.eventMonths}
            leaverMonths={o.leaverMonths}
            incidentYears={o.incidentYears}
            onSave={async (periods) => {
              await api.setRetention(periods);
              overview.reload();
            }}
          />
          <h3>{t('privacy.deletions')}</h3>
          {o.deletions.length === 0 && <p>{t('privacy.noDeletions')}</p>}
          <ul className="visits">
            {o.deletions.map((d, i) => (
              <li key={i} className="row-sub">
                {t('privacy.deletion', {
                  at: formatDateTime(d.at, i18n),
                  what: term('privacy.category', d.category, { count: d.count }),
                  reason: term('privacy.reason', d.reason),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <BackupsPanel />
      <h2>{t('privacy.record')}</h2>
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => void download(() => api.getProcessingRecord(locale, 'pdf'))}
        >
          {t('privacy.recordPdf')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => void download(() => api.getProcessingRecord(locale, 'md'))}
        >
          {t('privacy.recordText')}
        </button>
      </div>
      <h2>{t('privacy.requests')}</h2>
      <div className="toolbar">
        <InlineInput label={t('privacy.employeeId')} value={employeeId} onChange={setEmployeeId} />
        <button
          type="button"
          className="button secondary"
          disabled={!employeeId.trim()}
          onClick={() => void download(() => api.exportPersonData(employeeId, 'json'))}
        >
          {t('privacy.exportJson')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={!employeeId.trim()}
          onClick={() => void download(() => api.exportPersonData(employeeId, 'pdf', locale))}
        >
          {t('privacy.exportPdf')}
        </button>
      </div>
      <VisitorLog download={download} onErased={overview.reload} />
      {note && (
        <p className="notice" role="status">
          {note}
        </p>
      )}
    </section>
  );
}

function Retention(props: {
  eventMonths: number;
  leaverMonths: number;
  incidentYears: number;
  onSave: (periods: {
    eventMonths: number;
    leaverMonths: number;
    incidentYears: number;
  }) => Promise<void>;
}) {
  const { t } = useI18n();
  const [events, setEvents] = useState(String(props.eventMonths));
  const [leavers, setLeavers] = useState(String(props.leaverMonths));
  const [incidents, setIncidents] = useState(String(props.incidentYears));
  const valid =
    Number.isInteger(Number(events)) &&
    Number(events) >= 1 &&
    Number(events) <= 60 &&
    Number.isInteger(Number(leavers)) &&
    Number(leavers) >= 0 &&
    Number(leavers) <= 60 &&
    Number.isInteger(Number(incidents)) &&
    Number(incidents) >= 1 &&
    Number(incidents) <= 20;
  return (
    <div className="toolbar">
      <TextInput
        label={t('privacy.eventMonths')}
        type="number"
        value={events}
        onChange={setEvents}
      />
      <TextInput
        label={t('privacy.leaverMonths')}
        type="number"
        value={leavers}
        onChange={setLeavers}
      />
      <TextInput
        label={t('privacy.incidentYears')}
        type="number"
        value={incidents}
        onChange={setIncidents}
      />
      <button
        type="button"
        className="button primary"
        disabled={!valid}
        onClick={() =>
          void props.onSave({
            eventMonths: Number(events),
            leaverMonths: Number(leavers),
            incidentYears: Number(incidents),
          })
        }
      >
        {t('privacy.save')}
      </button>
    </div>
  );
}
