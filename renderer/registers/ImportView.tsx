import { useState } from 'react';
import {
  registerKinds,
  type ContractError,
  type ImportSummary,
  type RegisterKind,
} from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { RejectionList } from '../shared/RejectionList';
import { CodesOnDemand, useTerm } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { uploadFile } from '../shared/upload';

/** Pick a file, see exactly what importing it would do (and why rows are refused), then import. */
export function ImportView() {
  const api = useApi();
  const { t } = useI18n();
  const term = useTerm();
  const [kind, setKind] = useState<RegisterKind>('staff');
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportSummary | null>(null);
  const [done, setDone] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [unreadable, setUnreadable] = useState(false);

  const choose = async (file: File | undefined, chosenKind: RegisterKind) => {
    setPreview(null);
    setDone(null);
    setError(null);
    setUnreadable(false);
    if (!file) return;
    let uploaded: Awaited<ReturnType<typeof uploadFile>>;
    try {
      uploaded = await uploadFile(api, file, () => {});
    } catch {
      setUnreadable(true);
      return;
    }
    if ('error' in uploaded) return setError(uploaded.error);
    setUploadId(uploaded.uploadId);
    const result = await api.previewImport({ kind: chosenKind, uploadId: uploaded.uploadId });
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  };
  const run = async () => {
    if (!uploadId) return;
    const result = await api.runImport({ kind, uploadId });
    if (result.ok) {
      setDone(result.value);
      setPreview(null);
    } else setError(result.error);
  };
  const exportSite = async () => {
    const result = await api.getSiteConfig();
    if (!result.ok) return setError(result.error);
    const blob = new Blob([`${JSON.stringify(result.value, null, 2)}\n`], {
      type: 'application/json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'site.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const shown = done ?? preview;

  return (
    <div className="import">
      <fieldset className="choice">
        <legend>{t('import.kind')}</legend>
        {registerKinds.map((k) => (
          <button
            key={k}
            type="button"
            className={`button chip${kind === k ? ' selected' : ''}`}
            aria-pressed={kind === k}
            onClick={() => {
              setKind(k);
              setUploadId(null);
              setPreview(null);
              setDone(null);
            }}
          >
            {t(`import.kind.${k}`)}
          </button>
        ))}
      </fieldset>
      <label className="button secondary file-button">
        {t('import.choose')}
        <input
          type="file"
          accept=".csv,.txt,.xlsx,.json"
          data-testid="import-file"
          onChange={(e) => void choose(e.target.files?.[0], kind)}
        />
      </label>
      {unreadable && <p className="error-text">{t('import.readFailed')}</p>}
      {error && <ErrorNotice error={error} />}
      {shown && (
        <section className="panel" data-testid="import-summary">
          <h3>{done ? t('import.done') : t('import.preview')}</h3>
          <p>
            {t('import.rows', {
              rows: shown.rows,
              imported: shown.imported,
              updated: shown.updated,
              unchanged: shown.unchanged,
              rejected: shown.rejected.length,
            })}
          </p>
          {shown.columns && (
            <details>
              <summary>{t('import.columns')}</summary>
              <ul>
                {Object.entries(shown.columns).map(([header, role]) => (
                  <li key={header}>
                    <span translate="no">{header}</span> → {term('column', role)}
                  </li>
                ))}
              </ul>
              <CodesOnDemand codes={Object.entries(shown.columns)} />
            </details>
          )}
          {shown.rejected.length > 0 && (
            <>
              <h4>{t('import.rejected')}</h4>
              <RejectionList rejected={shown.rejected} testId="import-rejected" />
            </>
          )}
          {preview &&
            (preview.imported + preview.updated > 0 ? (
              <button type="button" className="button primary" onClick={() => void run()}>
                {t('import.confirm')}
              </button>
            ) : (
              <p>{t('import.nothing')}</p>
            ))}
        </section>
      )}
      <button type="button" className="button secondary" onClick={() => void exportSite()}>
        {t('import.export')}
      </button>
    </div>
  );
}
