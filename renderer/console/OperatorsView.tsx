/** The privacy officer's list of who may use the console, with their roles. */
import { useCallback, useState } from 'react';
import { operatorRoles, type OperatorRole } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmAction } from '../shared/Confirm';
import { Select, TextInput } from '../shared/fields';
import { useData } from '../shared/useData';
import { GrantsPanel } from './GrantsPanel';

export function OperatorsView() {
  const api = useApi();
  const { t } = useI18n();
  const operators = useData(useCallback(() => api.listOperators(), [api]));
  const [name, setName] = useState('');
  const [role, setRole] = useState<OperatorRole>('receptionist');
  const [employeeId, setEmployeeId] = useState('');
  const [pin, setPin] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = async () => {
    const r = await api.addOperator({ name, role, employeeId: employeeId.trim() || null, pin });
    setInvalid(!r.ok);
    if (r.ok) {
      setName('');
      setPin('');
      setEmployeeId('');
      operators.reload();
    }
  };
  return (
    <section className="reception" data-testid="operators">
      <h2>{t('operator.title')}</h2>
      <ul className="visits">
        {(operators.value ?? []).map((o) => (
          <li key={o.id} className="panel">
            <strong>{o.name}</strong>{' '}
            <span className="row-sub">
              {[
                t(`operator.role.${o.role}`),
                o.badge && t('operator.withBadge'),
                o.disabled && t('operator.disabled'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {!o.disabled && (
              <ConfirmAction
                label={t('operator.disable')}
                question={t('operator.disableText', { name: o.name })}
                confirmLabel={t('operator.disableConfirm')}
                onConfirm={async () => {
                  await api.disableOperator(o.id);
                  operators.reload();
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <div className="panel form">
        <TextInput label={t('operator.name')} value={name} onChange={setName} />
        <Select
          label={t('operator.role')}
          value={role}
          options={operatorRoles.map((r) => ({ value: r, label: t(`operator.role.${r}`) }))}
          onChange={setRole}
        />
        <TextInput label={t('operator.employeeId')} value={employeeId} onChange={setEmployeeId} />
        <TextInput label={t('operator.pin')} type="password" value={pin} onChange={setPin} />
        {invalid && (
          <p className="error-text" role="alert">
            {t('operator.invalid')}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button primary" onClick={() => void add()}>
            {t('operator.add')}
          </button>
        </div>
      </div>
      {operators.value && <GrantsPanel operators={operators.value} />}
    </section>
  );
}
