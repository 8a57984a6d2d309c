import { useCallback, useState } from 'react';
import {
  findingKinds,
  findingStatuses,
  severities,
  type ContractError,
  type FindingKind,
  type FindingStatus,
  type ReconcileRun,
  type Severity,
} from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { InlineInput, Select } from '../shared/fields';
import { formatDateTime } from '../shared/format';
import { saveFile } from '../shared/save-file';
import { useData } from '../shared/useData';
import { FindingDetail } from './FindingDetail';
import { OpenFindingsChart } from './OpenFindingsChart';

type Any = '';

/** The access review: run it, see what it found by severity, filter, and work findings off. */
export function FindingsView(props: { onChecked: () => void; initialSubject?: string }) {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  // Come from a person, tag or zone: all their findings, whatever their status.
  const [status, setStatus] = useState<FindingStatus | Any>(props.initialSubject ? '' : 'open');
  const [severity, setSeverity] = useState<Severity | Any>('');
  const [kind, setKind] = useState<FindingKind | Any>('');
  const [subject, setSubject] = useState(props.initialSubject ?? '');
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const findings = useData(
    useCallback(
      () =>
        api.listFindings({
          locale,
          status: status || null,
          severity: severity || null,
          kind: kind || null,
          subject: subject.trim() || null,
        }),
      [api, locale, status, severity, kind, subject],
    ),
  );
  const runs = useData(useCallback(() => api.listReconcileRuns(), [api]));
  const run = async () => {
    const result = await api.runReconciliation(null);
    setError(result.ok ? null : result.error);
    findings.reload();
    runs.reload();
    props.onChecked();
  };
  const report = async (format: 'pdf' | 'xlsx') => {
    const result = await api.getBuildingReport({ format, locale });
    setError(result.ok ? null : result.error);
    if (result.ok) saveFile(result.value);
  };
  const last: ReconcileRun | undefined = runs.value?.[0];
  const chosen = findings.value?.find((f) => f.id === selected) ?? null;
  const any = { value: '' as const, label: t('review.any') };

  // The run, its reports and the trend above; the findings and the chosen one side by side below,
  // so the first finding is in view without scrolling past the chart.
  return (
    <>
      <section className="review-head">
        <button type="button" className="button primary" onClick={() => void run()}>
          {t('review.run')}
        </button>
        <p className="row-meta" data-testid="review-last-run">
          {last
            ? t('review.lastRun', {
                at: formatDateTime(last.ranAt, i18n),
                findings: last.counts.findings,
                open: last.counts.open,
                fresh: last.counts.new,
              })
            : t('review.never')}
        </p>
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void report('pdf')}>
            {t('review.reportPdf')}
          </button>
          <button type="button" className="button secondary" onClick={() => void report('xlsx')}>
            {t('review.reportXlsx')}
          </button>
        </div>
        {error && <ErrorNotice error={error} />}
        {runs.value && runs.value.length > 0 && (
          <details className="review-trend">
            <summary>{t('review.chartOpen')}</summary>
            <OpenFindingsChart runs={runs.value} />
          </details>
        )}
      </section>
      <div className="split" data-testid="findings">
        <section className="list-pane">
          <div className="filters">
            <Select
              label={t('review.status')}
              value={status}
              options={[
                any,
                ...findingStatuses.map((s) => ({ value: s, label: t(`review.status.${s}`) })),
              ]}
              onChange={setStatus}
            />
            <Select
              label={t('review.severity')}
              value={severity}
              options={[
                any,
                ...severities.map((s) => ({ value: s, label: t(`review.severity.${s}`) })),
              ]}
              onChange={setSeverity}
            />
            <Select
              label={t('review.kind')}
              value={kind}
              options={[
                any,
                ...findingKinds.map((k) => ({ value: k, label: t(`review.kind.${k}`) })),
              ]}
              onChange={setKind}
            />
            <InlineInput label={t('review.subject')} value={subject} onChange={setSubject} />
          </div>
          {findings.error && <ErrorNotice error={findings.error} onRetry={findings.reload} />}
          <ul className="rows">
            {findings.value?.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  className={`row${f.id === selected ? ' selected' : ''}`}
                  onClick={() => setSelected(f.id)}
                >
                  <span className="row-title">
                    <span className={`pill severity-${f.severity}`}>
                      {t(`review.severity.${f.severity}`)}
                    </span>{' '}
                    {t(`review.kind.${f.kind}`)}
                  </span>
                  <span className="row-meta">
                    {[f.holderName || f.employeeId, f.cardNumber, f.door]
                      .filter(Boolean)
                      .join(' · ')}{' '}
                    · {t(`review.status.${f.status}`)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {findings.value?.length === 0 && <p>{t('review.none')}</p>}
        </section>
        <section className="detail-pane" key={selected}>
          {chosen && <FindingDetail finding={chosen} onChanged={findings.reload} />}
        </section>
      </div>
    </>
  );
}
