/**
 * One incident: its facts and evidence, then the privacy officer's next step — decide on a
 * proposal, classify, record the report to the authority, close — and its PDF.
 */
import { useCallback, useState } from 'react';
import {
  operatorRoles,
  type ContractError,
  type IncidentDetail as Detail,
  type OperatorRole,
  type Result,
} from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmAction } from '../shared/Confirm';
import { formatDateTime } from '../shared/format';
import { saveFile } from '../shared/save-file';
import { useData } from '../shared/useData';
import { ClassifyForm } from './ClassifyForm';
import { ReportToAuthority } from './ReportToAuthority';

export function IncidentDetail(props: { id: number; onChanged: () => void }) {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const loaded = useData(useCallback(() => api.getIncident(props.id), [api, props.id]));
  const [changed, setChanged] = useState<Detail | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [reason, setReason] = useState('');
  const i = changed ?? loaded.value;
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (!i) return null;
  const when = (iso: string) => formatDateTime(iso, i18n);
  // A closed incident keeps roles, not names.
  const who = (name: string | null) =>
    name === null
      ? ''
      : (operatorRoles as readonly string[]).includes(name)
        ? t(`operator.role.${name as OperatorRole}`)
        : name === 'someone'
          ? t('incident.someone')
          : name === 'lobby' || name === 'cli' || name === 'import'
            ? t('incident.byLobby')
            : name;
  const after = (r: Result<Detail>) => {
    if (r.ok) {
      setChanged(r.value);
      setError(null);
      props.onChanged();
    } else setError(r.error);
  };
  const evidence = [
    i.tagUid && t('incident.evidenceTag', { uid: i.tagUid }),
    i.personName && t('incident.evidencePerson', { name: i.personName }),
    i.visitId && t('incident.evidenceVisit', { id: i.visitId }),
    i.findingId && t('incident.evidenceFinding', { id: i.findingId }),
  ].filter(Boolean);
  return (
    <article className="panel" data-testid="incident-detail">
      <h2>{i.title ?? t(`incident.source.${i.source}`)}</h2>
      <p className="row-meta">
        {[
          `#${i.id}`,
          i.origin === 'lobby' && t(`incident.source.${i.source}`),
          t(`incident.status.${i.status}`),
          t('incident.noticed', { at: when(i.awareAt) }),
          i.occurredAt && t('incident.happened', { at: when(i.occurredAt) }),
          t('incident.by', { name: who(i.reportedBy) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {i.what && <p translate="no">{i.what}</p>}
      {i.affected && <p translate="no">{i.affected}</p>}
      {evidence.length > 0 && (
        <>
          <h3>{t('incident.evidence')}</h3>
          <ul data-testid="incident-evidence">
            {evidence.map((e) => (
              <li key={e as string}>{e}</li>
            ))}
          </ul>
        </>
      )}
      {i.decidedAt && (
        <p>
          {t('incident.decided', {
            name: who(i.decidedBy),
            at: when(i.decidedAt),
            reason: i.decisionReason ?? '',
          })}
        </p>
      )}
      {i.classification && (
        <p data-testid="incident-classification">
          {t('incident.classifiedAs', {
            classification: t(`incident.class.${i.classification}`),
            name: who(i.classifiedBy),
            at: when(i.classifiedAt ?? i.awareAt),
            reason: i.classificationReason ?? '',
          })}
        </p>
      )}
      {i.classification === 'data_breach' && (
        <p>
          {i.reportable === true && t('incident.mustReport', { at: when(i.reportBy!) })}
          {i.reportable === false && t('incident.noReport')}
        </p>
      )}
      {i.reportedAt && (
        <p>{t('incident.reported', { at: when(i.reportedAt), reference: i.reference ?? '' })}</p>
      )}
      {error && <ErrorNotice error={error} />}

      {i.status === 'proposed' && (
        <div className="form">
          <label className="field wide">
            <span>{t('incident.decisionReason')}</span>
            <input
              className="text-input"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={reason.trim().length < 3}
              onClick={async () =>
                after(await api.decideIncidentProposal({ id: i.id, accept: true, reason }))
              }
            >
              {t('incident.accept')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={reason.trim().length < 3}
              onClick={async () =>
                after(await api.decideIncidentProposal({ id: i.id, accept: false, reason }))
              }
            >
              {t('incident.dismiss')}
            </button>
          </div>
        </div>
      )}
      {(i.status === 'proposed' || i.status === 'open') && !i.reportedAt && (
        <ClassifyForm incident={i} onSaved={after} />
      )}
      {i.status === 'open' && i.reportable === true && !i.reportedAt && (
        <ReportToAuthority incident={i} onSaved={after} />
      )}
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          onClick={async () => {
            const r = await api.getIncidentPdf(i.id, locale);
            if (r.ok) saveFile(r.value);
            else setError(r.error);
          }}
        >
          {t('incident.pdf')}
        </button>
        {i.status === 'open' && i.classification && (i.reportable !== true || i.reportedAt) && (
          <ConfirmAction
            label={t('incident.close')}
            question={t('incident.closeQuestion')}
            confirmLabel={t('incident.close')}
            onConfirm={async () => after(await api.closeIncident(i.id))}
          />
        )}
      </div>
    </article>
  );
}
