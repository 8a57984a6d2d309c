import { useState } from 'react';
import type { ContractError, FindingRecord, FindingStatus } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { DateInput, InlineInput } from '../shared/fields';
import { formatDateTime } from '../shared/format';
import { ConfirmPanel } from '../shared/Confirm';

/** One finding: why it matters, what to do, its evidence as a timeline, and working it off. */
export function FindingDetail(props: { finding: FindingRecord; onChanged: () => void }) {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const f = props.finding;
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [asking, setAsking] = useState<'resolved' | 'accepted' | null>(null);
  const set = async (status: FindingStatus) => {
    const result = await api.setFindingStatus({
      id: f.id,
      status,
      note: note.trim() || null,
      acceptedUntil: status === 'accepted' ? until || null : null,
      locale,
    });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setNote('');
      props.onChanged();
    }
  };
  return (
    <article data-testid="finding-detail">
      <h2>{t(`review.kind.${f.kind}`)}</h2>
      <p>
        <span className={`pill severity-${f.severity}`}>{t(`review.severity.${f.severity}`)}</span>{' '}
        {t(`review.status.${f.status}`)}
        {f.statusNote && ` — ${f.statusNote}`}
      </p>
      <p>{f.reason}</p>
      <p>
        <strong>{t('review.action')}:</strong> {f.action}
      </p>
      {f.events.length > 0 && (
        <>
          <h3>
            {t(f.eventCount === 1 ? 'review.evidenceOne' : 'review.evidence', {
              count: f.eventCount,
            })}
          </h3>
          <ol className="timeline" data-testid="finding-evidence">
            {f.events.map((e, i) => (
              <li key={`${e.at}-${i}`}>
                {formatDateTime(e.at, i18n)} · {e.door} ·{' '}
                {e.outcome ? t(`review.outcome.${e.outcome}`) : '?'}
              </li>
            ))}
          </ol>
        </>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="panel">
        <InlineInput label={t('review.note')} value={note} onChange={setNote} />
        <div className="actions">
          <button
            type="button"
            className="button secondary"
            onClick={() => void set('acknowledged')}
          >
            {t('review.acknowledge')}
          </button>
          <button type="button" className="button primary" onClick={() => setAsking('resolved')}>
            {t('review.resolve')}
          </button>
          {f.status !== 'open' && (
            <button type="button" className="button secondary" onClick={() => void set('open')}>
              {t('review.reopen')}
            </button>
          )}
        </div>
        <DateInput label={t('review.acceptUntil')} value={until} onChange={setUntil} />
        <button
          type="button"
          className="button secondary danger"
          onClick={() => setAsking('accepted')}
        >
          {t('review.accept')}
        </button>
        {asking && (
          // Closing a finding or accepting its risk takes it off the list: asked first, in words.
          <ConfirmPanel
            question={t(asking === 'resolved' ? 'review.resolveQuestion' : 'review.acceptQuestion')}
            confirmLabel={t(asking === 'resolved' ? 'review.resolve' : 'review.accept')}
            tone={asking === 'resolved' ? 'go' : 'danger'}
            onConfirm={async () => {
              setAsking(null);
              await set(asking);
            }}
            onCancel={() => setAsking(null)}
          />
        )}
      </div>
    </article>
  );
}
