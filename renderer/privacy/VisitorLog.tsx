/**
 * The visitor log, for a data-subject request: find a visit by the visitor's name, organisation
 * or host across days (as long as names are kept), then export it or erase the visitor from its
 * row; the confirmation names the person and the day, never a visit number.
 */
import { useState } from 'react';
import type { PrivacyFile, Result, VisitorLogEntry } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmAction } from '../shared/Confirm';
import { DateInput, InlineInput } from '../shared/fields';
import { formatDate } from '../shared/format';
import type { ContractError } from '../../main/contract';

export function VisitorLog(props: {
  download: (get: () => Promise<Result<PrivacyFile>>) => Promise<void>;
  onErased: () => void;
}) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rows, setRows] = useState<VisitorLogEntry[] | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const search = async () => {
    const r = await api.findVisitors({ text, from: from || null, to: to || null });
    setError(r.ok ? null : r.error);
    setRows(r.ok ? r.value : null);
  };
  return (
    <div className="visitor-log" data-testid="visitor-log">
      <h3>{t('privacy.visitorLog')}</h3>
      <div className="toolbar">
        <InlineInput label={t('privacy.logSearch')} value={text} onChange={setText} />
        <DateInput label={t('privacy.logFrom')} value={from} onChange={setFrom} />
        <DateInput label={t('privacy.logTo')} value={to} onChange={setTo} />
        <button type="button" className="button primary" onClick={() => void search()}>
          {t('privacy.logFind')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      {note && (
        <p className="notice" role="status">
          {note}
        </p>
      )}
      {rows?.length === 0 && <p>{t('privacy.logNone')}</p>}
      <ul className="visits">
        {rows?.map((v) => {
          const day = formatDate(v.visitDate, i18n);
          return (
            <li key={v.id} className="audit-row" data-testid="visitor-log-row">
              <strong>{v.visitorName}</strong>
              <span className="row-sub">
                {' · '}
                {[day, v.visitorCompany, v.hostName && t('privacy.logHost', { host: v.hostName })]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <div className="actions">
                <button
                  type="button"
                  className="button secondary"
                  onClick={() =>
                    void props.download(() => api.exportVisitData(v.id, 'pdf', i18n.locale))
                  }
                >
                  {t('privacy.visitPdf')}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => void props.download(() => api.exportVisitData(v.id, 'json'))}
                >
                  {t('privacy.visitJson')}
                </button>
                <ConfirmAction
                  label={t('privacy.erase')}
                  question={t('privacy.eraseText', { name: v.visitorName, date: day })}
                  confirmLabel={t('privacy.eraseConfirm', { name: v.visitorName })}
                  ready={reason.trim().length >= 3}
                  onConfirm={async () => {
                    const r = await api.eraseVisitor(v.id, reason.trim());
                    setNote(
                      r.ok ? t('privacy.erased', { name: v.visitorName }) : t('privacy.notFound'),
                    );
                    setReason('');
                    props.onErased();
                    await search();
                  }}
                >
                  <InlineInput
                    label={t('privacy.eraseReason')}
                    value={reason}
                    onChange={setReason}
                  />
                </ConfirmAction>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
