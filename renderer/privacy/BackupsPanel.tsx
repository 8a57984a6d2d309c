/**
 * Backups on screen, for the privacy officer: the passphrase (never kept), the folder and how
 * often, the last backup with its size and number, one now, and a test restore of any version
 * into a scratch file ("this backup opens and verifies") that replaces nothing.
 */
import { useCallback, useState } from 'react';
import type { BackupOverview, ContractError, Result } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { TextInput } from '../shared/fields';
import { useData } from '../shared/useData';

const megabytes = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000);

export function BackupsPanel() {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const state = useData(useCallback(() => api.getBackups(), [api]));
  const [error, setError] = useState<ContractError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const act = async (call: () => Promise<Result<BackupOverview>>, done: string) => {
    const r = await call();
    setError(r.ok ? null : r.error);
    if (r.ok) setNote(done);
    state.reload();
  };
  const b = state.value;
  if (!b) return state.error ? <ErrorNotice error={state.error} onRetry={state.reload} /> : null;
  return (
    <div className="backups" data-testid="backups">
      <h2>{t('backups.title')}</h2>
      <p data-testid="backup-last">
        {b.last
          ? t('backups.last', {
              at: formatDateTime(b.last.at, i18n),
              size: megabytes(b.last.bytes, locale),
              number: b.versions[0]?.number ?? '?',
            })
          : t('backups.none')}
      </p>
      {(!b.keysSet || !b.signed) && (
        <Passphrase
          onSet={(p) => void act(() => api.setBackupPassphrase(p), t('backups.keySet'))}
        />
      )}
      {b.keysSet && (
        <Schedule
          value={b.schedule}
          onSave={(s) => void act(() => api.setBackupSchedule(s), t('backups.scheduleSaved'))}
        />
      )}
      {b.keysSet && b.signed && b.schedule && (
        <button
          type="button"
          className="button primary"
          onClick={() => void act(() => api.runBackup(), t('backups.made'))}
        >
          {t('backups.runNow')}
        </button>
      )}
      {error && <ErrorNotice error={error} />}
      {note && (
        <p className="notice" role="status">
          {note}
        </p>
      )}
      {b.versions.length > 0 && <RestoreTest versions={b.versions} />}
    </div>
  );
}

function Passphrase(props: { onSet: (passphrase: string) => void }) {
  const { t } = useI18n();
  const [one, setOne] = useState('');
  const [two, setTwo] = useState('');
  const ok = one.length >= 12 && one === two;
  return (
    <div className="toolbar">
      <TextInput label={t('backups.passphrase')} type="password" value={one} onChange={setOne} />
      <TextInput label={t('backups.again')} type="password" value={two} onChange={setTwo} />
      <p className="field-hint">{t('backups.passphraseHint')}</p>
      <button
        type="button"
        className="button primary"
        disabled={!ok}
        onClick={() => props.onSet(one)}
      >
        {t('backups.setKey')}
      </button>
    </div>
  );
}

function Schedule(props: {
  value: BackupOverview['schedule'];
  onSave: (s: { folder: string; keep: number; everyHours: number }) => void;
}) {
  const { t } = useI18n();
  const [folder, setFolder] = useState(props.value?.folder ?? '');
  const [hours, setHours] = useState(String(props.value?.everyHours ?? 24));
  const [keep, setKeep] = useState(String(props.value?.keep ?? 14));
  const ok = folder.startsWith('/') && Number(hours) >= 1 && Number(keep) >= 1;
  return (
    <div className="toolbar">
      <TextInput label={t('backups.folder')} value={folder} onChange={setFolder} />
      <TextInput label={t('backups.everyHours')} type="number" value={hours} onChange={setHours} />
      <TextInput label={t('backups.keep')} type="number" value={keep} onChange={setKeep} />
      <button
        type="button"
        className="button secondary"
        disabled={!ok}
        onClick={() =>
          props.onSave({ folder: folder.trim(), everyHours: Number(hours), keep: Number(keep) })
        }
      >
        {t('backups.saveSchedule')}
      </button>
    </div>
  );
}

function RestoreTest(props: { versions: BackupOverview['versions'] }) {
  const api = useApi();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [number, setNumber] = useState(props.versions[0]!.number);
  const [passphrase, setPassphrase] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  return (
    <div className="restore-test" data-testid="restore-test">
      <h3>{t('backups.testTitle')}</h3>
      <ul className="visits">
        {props.versions.map((v) => (
          <li key={v.number}>
            <label className="check">
              <input
                type="radio"
                name="backup-version"
                checked={number === v.number}
                onChange={() => setNumber(v.number)}
              />
              <span>
                {t('backups.version', {
                  number: v.number,
                  at: formatDateTime(v.createdAt, i18n),
                  size: megabytes(v.bytes, locale),
                })}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="toolbar">
        <TextInput
          label={t('backups.passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
        />
        <button
          type="button"
          className="button secondary"
          disabled={!passphrase}
          onClick={async () => {
            setResult(null);
            const r = await api.testRestore(number, passphrase);
            // The passphrase does not stay on the screen once used.
            setPassphrase('');
            setError(r.ok ? null : r.error);
            if (r.ok)
              setResult(
                t('backups.testOk', {
                  number: r.value.number,
                  at: formatDateTime(r.value.createdAt, i18n),
                  entries: r.value.auditEntries,
                }),
              );
          }}
        >
          {t('backups.test')}
        </button>
      </div>
      {result && (
        <p className="notice" role="status" data-testid="restore-ok">
          {result}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
