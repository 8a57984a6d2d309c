import { useCallback, useMemo, useState } from 'react';
import type { ContractError, Result, TagDetail } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { CustodyList } from './CustodyList';
import { formatDateTime, formatWindow, statusKey } from '../shared/format';
import { ReplacePanel } from './ReplacePanel';
import { useData } from '../shared/useData';

/** One tag: who has it, and the actions reception takes (give out, hand in, report lost). */
export function TagDetailPanel(props: {
  tag: TagDetail;
  onChanged: () => void;
  onReplaced: () => void;
}) {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [error, setError] = useState<ContractError | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [query, setQuery] = useState('');
  const [lostNote, setLostNote] = useState<string | null>(null);
  const [reportedBy, setReportedBy] = useState('');
  const [replacing, setReplacing] = useState(false);
  const [lostDone, setLostDone] = useState(false);
  const people = useData(useCallback(() => api.listPeople(), [api]));
  const { tag } = props;

  const act = async (call: Promise<Result<TagDetail>>) => {
    const result = await call;
    if (result.ok) {
      setError(null);
      setChoosing(false);
      props.onChanged();
    } else setError(result.error);
    return result.ok;
  };
  const candidates = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (people.value ?? [])
      .filter((p) => p.employed && (!q || p.name.toLowerCase().includes(q)))
      .slice(0, 8);
  }, [people.value, query]);
  const givable = tag.status !== 'lost' && tag.status !== 'replaced';

  return (
    <article data-testid="tag-detail">
      <h2>
        <code>{tag.uid}</code> {tag.label}
      </h2>
      <p>
        <span className={`pill status-${tag.status}`} data-testid="tag-status">
          {t(statusKey(tag.status))}
        </span>{' '}
        {t('tags.since', { date: formatDateTime(tag.statusSince, locale) })}
      </p>
      <p>
        {t('tags.holder')}:{' '}
        <strong data-testid="tag-holder">
          {tag.holder === null
            ? t('tags.noHolder')
            : tag.holder.kind === 'person'
              ? tag.holder.name
              : t('tags.pool')}
        </strong>
      </p>
      {error && <ErrorNotice error={error} />}
      {lostDone && (
        <p className="notice" role="status">
          {t('tags.lostDone')}
        </p>
      )}
      <div className="actions">
        {givable && (
          <button type="button" className="button primary" onClick={() => setChoosing((c) => !c)}>
            {t('tags.giveTo')}…
          </button>
        )}
        {givable && (
          <button
            type="button"
            className="button secondary"
            onClick={() => void act(api.assignTag({ tagId: tag.id, personId: null }))}
          >
            {t('tags.giveToPool')}
          </button>
        )}
        {tag.holder && (
          <button
            type="button"
            className="button secondary"
            onClick={() => void act(api.returnTag(tag.id))}
          >
            {t('tags.returned')}
          </button>
        )}
        {tag.holder && tag.status === 'active' && (
          <button
            type="button"
            className="button secondary"
            onClick={() => void act(api.markTagNotReturned(tag.id))}
          >
            {t('tags.notReturned')}
          </button>
        )}
        {tag.holder && (
          <button type="button" className="button secondary" onClick={() => setReplacing(true)}>
            {t('tags.replace')}
          </button>
        )}
        {tag.status !== 'lost' && (
          <button type="button" className="button secondary danger" onClick={() => setLostNote('')}>
            {t('tags.reportLost')}
          </button>
        )}
      </div>
      {choosing && (
        <div className="panel">
          <input
            className="text-input"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('tags.choosePerson')}
            aria-label={t('tags.choosePerson')}
          />
          <ul className="rows">
            {candidates.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="row"
                  onClick={() => void act(api.assignTag({ tagId: tag.id, personId: p.id }))}
                >
                  <span className="row-title">{p.name}</span>
                  <span className="row-meta">
                    {[p.employeeId, p.organisation].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {lostNote !== null && (
        <div className="panel">
          <input
            className="text-input"
            value={lostNote}
            onChange={(e) => setLostNote(e.target.value)}
            placeholder={t('tags.lostNote')}
            aria-label={t('tags.lostNote')}
          />
          <input
            className="text-input"
            value={reportedBy}
            onChange={(e) => setReportedBy(e.target.value)}
            placeholder={t('tags.reportedBy')}
            aria-label={t('tags.reportedBy')}
          />
          <button
            type="button"
            className="button primary danger"
            onClick={() =>
              void act(
                api.reportTagLost({
                  tagId: tag.id,
                  note: lostNote.trim() || null,
                  reportedBy: reportedBy.trim() || null,
                }),
              ).then((ok) => {
                setLostDone(ok);
                if (ok) setLostNote(null);
              })
            }
          >
            {t('tags.reportLost')}
          </button>
        </div>
      )}
      {replacing && (
        <ReplacePanel
          onUid={(newUid) =>
            void act(api.replaceTag({ tagId: tag.id, newUid })).then(
              (ok) => ok && props.onReplaced(),
            )
          }
        />
      )}
      {tag.access.length > 0 && (
        <>
          <h3>{t('staff.access')}</h3>
          <ul>
            {tag.access.map((a) => (
              <li key={a.zone}>
                <strong>{a.label}</strong> {a.windows.map((w) => formatWindow(w, i18n)).join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('staff.history')}</h3>
      <CustodyList entries={tag.history} />
    </article>
  );
}
