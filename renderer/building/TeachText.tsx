import { useState } from 'react';
import { outcomes, type Outcome } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

/** An unknown event text and a way to say what it means, for now and for later imports. */
export function TeachText(props: { text: string; count: number }) {
  const api = useApi();
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>('DENIED_NO_RIGHTS');
  const [classified, setClassified] = useState<number | null>(null);
  const teach = async () => {
    const result = await api.addEventTextRule({ text: props.text, outcome });
    if (result.ok) setClassified(result.value.classified);
  };
  return (
    <li className="teach">
      <span>
        “{props.text}” × {props.count} {t('building.means')}
      </span>
      <select
        className="text-input"
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as Outcome)}
        aria-label={t('building.means')}
      >
        {outcomes.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      <button type="button" className="button secondary" onClick={() => void teach()}>
        {t('building.teach')}
      </button>
      {classified !== null && (
        <span className="notice">{t('building.taught', { count: classified })}</span>
      )}
    </li>
  );
}
