import { useCallback, useState } from 'react';
import type { TagTap } from '../../main/contract';
import { useEvent } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

/** Waits for the new badge to be tapped, then offers to swap it in. */
export function ReplacePanel(props: { onUid: (uid: string) => void }) {
  const { t } = useI18n();
  const [uid, setUid] = useState<string | null>(null);
  useEvent(
    'tagTapped',
    useCallback((tap: TagTap) => setUid(tap.uid), []),
  );
  return (
    <section className="panel" data-testid="replace-panel">
      {uid ? (
        <button type="button" className="button primary" onClick={() => props.onUid(uid)}>
          {t('tags.replaceWith', { uid })}
        </button>
      ) : (
        <p className="lead">{t('tags.replaceTap')}</p>
      )}
    </section>
  );
}
