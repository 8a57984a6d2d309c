/**
 * The central store, in the Site tab: whether this kiosk shares a store with the building's
 * other kiosks, what waits to be sent, each kiosk's last contact, and what a rule decided
 * against this kiosk (for the office manager). The privacy officer joins with IT's credentials.
 */
import { useCallback, useState } from 'react';
import type { CentralStatus, ContractError, Result } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { TextArea } from '../shared/fields';
import { formatDateTime } from '../shared/format';
import { useData } from '../shared/useData';

export function CentralPanel(props: { canJoin: boolean }) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const state = useData(useCallback(() => api.getCentralStatus(), [api]));
  const [error, setError] = useState<ContractError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const act = async (call: () => Promise<Result<CentralStatus>>, done: string) => {
    const r = await call();
    setError(r.ok ? null : r.error);
    setNote(r.ok ? done : null);
    state.reload();
  };
  const s = state.value;
  if (!s) return state.error ? <ErrorNotice error={state.error} onRetry={state.reload} /> : null;
  const at = (iso: string | null) => (iso ? formatDateTime(iso, i18n) : t('central.never'));
  const away =
    s.lastFailureAt !== null && (s.lastPullAt === null || s.lastFailureAt > s.lastPullAt);
  // One line above the site editor; open by itself when something needs a look.
  const attention = away || s.conflicts.length > 0;
  return (
    <details className="panel central" data-testid="central-store" open={attention}>
      <summary>
        {s.joined ? t('central.summaryJoined', { name: s.kiosk ?? '' }) : t('central.summaryAlone')}
      </summary>
      {!s.joined && (
        <>
          <p>{t('central.alone')}</p>
          {props.canJoin ? (
            <Join onJoin={(c) => void act(() => api.joinCentral(c), t('central.synced'))} />
          ) : (
            <p>{t('central.joinAsk')}</p>
          )}
        </>
      )}
      {s.joined && (
        <>
          <p data-testid="central-kiosk">{t('central.kiosk', { name: s.kiosk ?? '' })}</p>
          <p>{t('central.waiting', { count: s.waiting })}</p>
          <p>{t('central.lastPush', { at: at(s.lastPushAt) })}</p>
          <p>{t('central.lastPull', { at: at(s.lastPullAt) })}</p>
          {s.parked > 0 && <p>{t('central.parked', { count: s.parked })}</p>}
          {away && (
            <p className="notice" role="status" data-testid="central-away">
              {t('central.away')}
            </p>
          )}
          <h3>{t('central.kiosks')}</h3>
          <ul data-testid="central-kiosks">
            {s.kiosks.map((k) => (
              <li key={k.name}>
                {t('central.contact', { name: k.name, at: at(k.lastContactAt) })}
              </li>
            ))}
          </ul>
          {s.conflicts.length > 0 && (
            <div className="notice" data-testid="central-conflicts">
              <h3>{t('central.conflicts')}</h3>
              <ul>
                {s.conflicts.map((c) => (
                  <li key={c.id}>{t(`central.conflict.${c.kind}`, { at: at(c.at) })}</li>
                ))}
              </ul>
            </div>
          )}
          <p>{t('central.local')}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => void act(() => api.syncCentral(), t('central.synced'))}
          >
            {t('central.sync')}
          </button>
        </>
      )}
      {error && <ErrorNotice error={error} />}
      {note && (
        <p className="notice" role="status">
          {note}
        </p>
      )}
    </details>
  );
}

function Join(props: { onJoin: (credentials: string) => void }) {
  const { t } = useI18n();
  const [credentials, setCredentials] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onJoin(credentials);
      }}
    >
      <TextArea
        label={t('central.credentials')}
        value={credentials}
        onChange={setCredentials}
        rows={3}
      />
      <button type="submit" className="button primary" disabled={credentials.trim().length < 20}>
        {t('central.join')}
      </button>
    </form>
  );
}
