import { useCallback, useState } from 'react';
import type { ContractError, TagTap } from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { InlineInput } from '../shared/fields';

/** "Tap the new badge": the next tap of an unknown badge fills in its UID. */
export function EnrolPanel(props: {
  onDone: (tagId: number | null) => void;
  /** Who holds an enrolled badge, in words, to say so when it is tapped again. */
  holderOf: (uid: string) => string | null;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [uid, setUid] = useState<string | null>(null);
  const [known, setKnown] = useState<string | null>(null);
  const [pool, setPool] = useState<'staff' | 'visitor'>('staff');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  useEvent(
    'tagTapped',
    useCallback((tap: TagTap) => {
      setKnown(tap.holder === null ? null : tap.uid);
      setUid(tap.holder === null ? tap.uid : null);
    }, []),
  );
  const save = async () => {
    if (!uid) return;
    const result = await api.enrollTag({ uid, pool, label: label.trim() || null });
    if (result.ok) props.onDone(result.value.id);
    else setError(result.error);
  };
  return (
    <section className="panel" data-testid="enrol-panel">
      <h3>{t('tags.enrol')}</h3>
      {!uid && <p className="lead">{t('tags.tapNew')}</p>}
      {known && (
        <p className="error-text" role="alert">
          {t('tags.knownTo', { holder: props.holderOf(known) ?? known })}
        </p>
      )}
      {uid && (
        <>
          <p>
            UID <code data-testid="enrol-uid">{uid}</code>
          </p>
          <div className="choice">
            {(['staff', 'visitor'] as const).map((p) => (
              <button
                key={p}
                type="button"
                className={`button chip${pool === p ? ' selected' : ''}`}
                aria-pressed={pool === p}
                onClick={() => setPool(p)}
              >
                {t(p === 'staff' ? 'tags.poolStaff' : 'tags.poolVisitor')}
              </button>
            ))}
          </div>
          <InlineInput label={t('tags.label')} value={label} onChange={setLabel} />
        </>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={!uid}
          onClick={() => void save()}
        >
          {t('tags.save')}
        </button>
        <button type="button" className="button secondary" onClick={() => props.onDone(null)}>
          {t('tags.cancel')}
        </button>
      </div>
    </section>
  );
}
