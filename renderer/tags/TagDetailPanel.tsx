import { useState } from 'react';
import type { ContractError, Result, TagDetail } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useLocalName, usePersonName } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { CustodyList } from './CustodyList';
import { formatDateTime, formatWindow, statusKey } from '../shared/format';
import { ReplacePanel } from './ReplacePanel';
import { GivePanel, LostPanel, TagActions, type GiveTo } from './TagActions';
import { FindingsLink } from '../console/FindingsLink';
import { ConfirmPanel } from '../shared/Confirm';

/** One tag: who has it, and the actions reception takes (give out, hand in, report lost). */
export function TagDetailPanel(props: {
  tag: TagDetail;
  onChanged: () => void;
  onReplaced: () => void;
}) {
  const api = useApi();
  const i18n = useI18n();
  const nameOf = usePersonName();
  const localName = useLocalName();
  const { t } = i18n;
  const [error, setError] = useState<ContractError | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [giving, setGiving] = useState<GiveTo | null>(null);
  const [lostNote, setLostNote] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [lostDone, setLostDone] = useState(false);
  const { tag } = props;

  const act = async (call: Promise<Result<TagDetail>>) => {
    const result = await call;
    if (result.ok) {
      setError(null);
      setChoosing(false);
      setGiving(null);
      props.onChanged();
    } else setError(result.error);
    return result.ok;
  };
  return (
    <article data-testid="tag-detail">
      <h2>
        <code>{tag.uid}</code> {tag.label}
      </h2>
      <FindingsLink subject={tag.uid} />
      <p>
        <span className={`pill status-${tag.status}`} data-testid="tag-status">
          {t(statusKey(tag.status))}
        </span>{' '}
        {t('tags.since', { date: formatDateTime(tag.statusSince, i18n) })}
      </p>
      <p>
        {t('tags.holder')}:{' '}
        <strong data-testid="tag-holder">
          {tag.holder === null
            ? t('tags.noHolder')
            : tag.holder.kind === 'person'
              ? nameOf(tag.holder.name)
              : t('tags.pool')}
        </strong>
      </p>
      {error && <ErrorNotice error={error} />}
      {lostDone && (
        <p className="notice" role="status">
          {t('tags.lostDone')}
        </p>
      )}
      <TagActions
        tag={tag}
        onAct={act}
        onGive={() => setChoosing((c) => !c)}
        onReplace={() => setReplacing(true)}
        onReportLost={() => setLostNote('')}
      />
      {choosing && !giving && <GivePanel onChoose={setGiving} />}
      {giving && (
        <ConfirmPanel
          question={[
            t('tags.confirmGive', { badge: tag.label ?? tag.uid, name: giving.name }),
            giving.holds.length
              ? t('tags.alreadyHolds', { name: giving.name, badges: giving.holds.join(', ') })
              : '',
          ].join(' ')}
          confirmLabel={t('tags.giveTo')}
          tone="go"
          onConfirm={() => void act(api.assignTag({ tagId: tag.id, personId: giving.id }))}
          onCancel={() => setGiving(null)}
        />
      )}
      {lostNote !== null && (
        <LostPanel
          onReport={(note, reportedBy) =>
            void act(api.reportTagLost({ tagId: tag.id, note, reportedBy })).then((ok) => {
              setLostDone(ok);
              if (ok) setLostNote(null);
            })
          }
        />
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
                <strong>{localName(a.label, a.labels)}</strong>{' '}
                {a.windows.map((w) => formatWindow(w, i18n)).join('; ')}
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
