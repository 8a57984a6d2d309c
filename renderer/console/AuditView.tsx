/** The privacy officer's view of the audit trail: filters, the chain check, an export. */
import { useCallback, useState } from 'react';
import type { AuditVerdict } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { TextInput } from '../shared/fields';
import { saveFile } from '../shared/save-file';
import { useData } from '../shared/useData';

export function AuditView() {
  const api = useApi();
  const { t, locale } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [filter, setFilter] = useState({ from: null, to: null, actor: null, action: null } as {
    from: string | null;
    to: string | null;
    actor: string | null;
    action: string | null;
  });
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const rows = useData(useCallback(() => api.listAudit(filter), [api, filter]));
  const list = rows.value ?? [];
  return (
    <section className="reception" data-testid="audit">
      <h2>{t('audit.title')}</h2>
      <div className="toolbar">
        <TextInput label={t('audit.from')} type="date" value={from} onChange={setFrom} />
        <TextInput label={t('audit.to')} type="date" value={to} onChange={setTo} />
        <TextInput label={t('audit.actor')} value={actor} onChange={setActor} />
        <TextInput label={t('audit.action')} value={action} onChange={setAction} />
        <button
          type="button"
          className="button primary"
          onClick={() =>
            setFilter({
              from: from || null,
              to: to ? `${to}T23:59:59.999Z` : null,
              actor: actor.trim() || null,
              action: action.trim() || null,
            })
          }
        >
          {t('audit.search')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            saveFile({
              fileName: 'auditlog.json',
              mediaType: 'application/json',
              base64: btoa(unescape(encodeURIComponent(JSON.stringify(list, null, 2)))),
            })
          }
        >
          {t('audit.export')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={async () => {
            const r = await api.verifyAudit();
            if (r.ok) setVerdict(r.value);
          }}
        >
          {t('audit.verify')}
        </button>
      </div>
      {verdict && (
        <p
          className={verdict.ok ? 'notice' : 'error-text'}
          role="status"
          data-testid="audit-verdict"
        >
          {verdict.ok
            ? t('audit.intact', { entries: verdict.entries })
            : t('audit.broken', { id: verdict.firstBadId ?? '?' })}
        </p>
      )}
      {list.length === 0 && <p>{t('audit.none')}</p>}
      <ul className="visits">
        {list.map((r) => (
          <li key={r.id} className="audit-row">
            <span className="row-sub">
              {new Date(r.at).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')}
            </span>{' '}
            <strong>{r.actor}</strong> {r.action}
            {r.subject && ` · ${r.subject}`}
            {r.screen && <span className="row-sub"> · {r.screen}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
