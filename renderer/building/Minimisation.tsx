import { useCallback } from 'react';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useData } from '../shared/useData';

/** The minimisation rule, with its reason, and the privacy officer's switch for it. */
export function Minimisation() {
  const api = useApi();
  const { t } = useI18n();
  const state = useData(useCallback(() => api.getMinimisation(), [api]));
  if (!state.value) return null;
  return (
    <section className="panel" data-testid="minimisation">
      <h3>{t('building.minimiseTitle')}</h3>
      <p>{t('building.minimiseOn')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={state.value.on}
          onChange={async (e) => {
            await api.setMinimisation(e.target.checked);
            state.reload();
          }}
        />
        <span>{t('building.minimiseSwitch')}</span>
      </label>
    </section>
  );
}
