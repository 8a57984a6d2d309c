import { useState, type FormEvent } from 'react';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

/** Development only: stands in for a reader, so the UI can be driven without hardware. */
export function DevReaderPanel() {
  const api = useApi();
  const { t } = useI18n();
  const [uid, setUid] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.simulateTap(uid);
    setInvalid(!result.ok);
  };
  return (
    <form className="dev-panel" onSubmit={submit} aria-label={t('dev.title')}>
      <span className="dev-badge">DEV</span>
      <label>
        <span className="dev-title">{t('dev.title')}</span>
        <input
          className="text-input"
          value={uid}
          onChange={(e) => setUid(e.target.value)}
          placeholder="04:A2:2B:1A"
          aria-label={t('dev.uid')}
          data-testid="dev-uid"
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <button type="submit" className="button secondary" data-testid="dev-tap">
        {t('dev.tap')}
      </button>
      {invalid && (
        <p className="dev-error" role="alert">
          {t('dev.invalid')}
        </p>
      )}
    </form>
  );
}
