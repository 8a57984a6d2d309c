/**
 * The privacy officer gives an operator a higher role for a while (1 to 24 hours, with a
 * reason), sees the grants and emergency accesses of late, and ends one early.
 */
import { useCallback, useState } from 'react';
import { operatorRoles, type OperatorRole, type OperatorSummary } from '../../main/contract';
import type { ContractError } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { Select, TextInput } from '../shared/fields';
import { useData } from '../shared/useData';

/** The moment so many hours from now: the grant's end, as the privacy officer chose it. */
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

export function GrantsPanel(props: { operators: OperatorSummary[] }) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const grants = useData(useCallback(() => api.listRoleGrants(), [api]));
  const active = props.operators.filter((o) => !o.disabled && o.role !== 'privacyOfficer');
  const [operatorId, setOperatorId] = useState('');
  const [role, setRole] = useState<OperatorRole>('officeManager');
  const [hours, setHours] = useState('4');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const give = async () => {
    const h = Number(hours);
    const who = active.find((o) => String(o.id) === operatorId);
    const higher = who && operatorRoles.indexOf(role) > operatorRoles.indexOf(who.role);
    if (!higher || !Number.isInteger(h) || h < 1 || h > 24 || reason.trim().length < 3)
      return setInvalid(true);
    setInvalid(false);
    const until = hoursFromNow(h);
    const r = await api.grantRole({ operatorId: who.id, role, until, reason });
    if (r.ok) {
      setReason('');
      grants.reload();
      setError(null);
    } else setError(r.error);
  };
  return (
    <section data-testid="grants">
      <h2>{t('grant.title')}</h2>
      {grants.value?.length === 0 && <p>{t('grant.none')}</p>}
      <ul className="visits">
        {(grants.value ?? []).map((g) => (
          <li key={g.id} className="panel">
            {t(g.kind === 'breakGlass' ? 'grant.rowBreakGlass' : 'grant.row', {
              name: g.operatorName,
              role: t(`operator.role.${g.role}`),
              until: formatDateTime(g.until, i18n),
              reason: g.reason,
              by: g.givenBy,
            })}
            {g.ended ? (
              <span className="row-sub"> · {t('grant.ended')}</span>
            ) : (
              <button
                type="button"
                className="button secondary"
                onClick={async () => {
                  const r = await api.endRoleGrant(g.id);
                  if (r.ok) grants.reload();
                  else setError(r.error);
                }}
              >
                {t('grant.end')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="panel form">
        <h3>{t('grant.give')}</h3>
        <Select
          label={t('grant.operator')}
          value={operatorId}
          options={[
            { value: '', label: '–' },
            ...active.map((o) => ({ value: String(o.id), label: o.name })),
          ]}
          onChange={setOperatorId}
        />
        <Select
          label={t('grant.role')}
          value={role}
          options={(['officeManager', 'privacyOfficer'] as const).map((r) => ({
            value: r,
            label: t(`operator.role.${r}`),
          }))}
          onChange={setRole}
        />
        <TextInput label={t('grant.hours')} type="number" value={hours} onChange={setHours} />
        <TextInput label={t('grant.reason')} value={reason} onChange={setReason} />
        {invalid && (
          <p className="error-text" role="alert">
            {t('grant.invalid')}
          </p>
        )}
        {error && <ErrorNotice error={error} />}
        <div className="actions">
          <button type="button" className="button primary" onClick={() => void give()}>
            {t('grant.save')}
          </button>
        </div>
      </div>
    </section>
  );
}
