/** The privacy officer's view of the audit trail: filters, the chain check, an export. */
import { useCallback, useState } from 'react';
import type { AuditVerdict } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { CodesOnDemand, useTerm } from '../shared/terms';
import { TextInput, DateInput, Select } from '../shared/fields';
import { catalogues } from '../i18n/translate';
import { saveFile } from '../shared/save-file';
import { useData } from '../shared/useData';

/** Every action the trail has words for: the filter offers those words, not the codes. */
const actionCodes = Object.keys(catalogues.nl)
  .filter((key) => key.startsWith('audit.action.'))
  .map((key) => key.slice('audit.action.'.length));

export function AuditView() {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const term = useTerm();
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
        <DateInput label={t('audit.from')} value={from} onChange={setFrom} />
        <DateInput label={t('audit.to')} value={to} onChange={setTo} />
        <TextInput label={t('audit.actor')} value={actor} onChange={setActor} />
        <Select
          label={t('audit.action')}
          value={action}
          options={[
            { value: '', label: t('audit.anyAction') },
            ...actionCodes
              .map((code) => ({ value: code, label: term('audit.action', code) }))
              .sort((a, b) => a.label.localeCompare(b.label, i18n.locale)),
          ]}
          onChange={setAction}
        />
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
            <span className="row-sub">{formatDateTime(r.at, i18n)}</span> <strong>{r.actor}</strong>{' '}
            {term('audit.action', r.action)}
            {r.action === 'view' && r.subject
              ? ` ${term('audit.seen', r.subject)}`
              : r.about !== null && ` · ${r.about || t('audit.erased')}`}
            <CodesOnDemand
              codes={[
                [t('audit.codeAction'), r.action],
                ...(r.subject ? [[t('audit.codeSubject'), r.subject] as [string, string]] : []),
                ...(r.screen ? [[t('audit.codeScreen'), r.screen] as [string, string]] : []),
              ]}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
