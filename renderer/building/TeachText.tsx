import { useState } from 'react';
import { outcomes, type Outcome } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useTerm } from '../shared/terms';

/** An unknown event text and a way to say what it means, for now and for later imports. */
export function TeachText(props: { text: string; count: number }) {
  const api = useApi();
  const { t } = useI18n();
  const term = useTerm();
  // Unset until a person decides: a pre-chosen meaning would file an alarm as a refusal in one tap.
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [classified, setClassified] = useState<number | null>(null);
  const teach = async () => {
    if (!outcome) return;
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
        onChange={(e) => setOutcome(e.target.value as Outcome | '')}
        aria-label={t('building.means')}
      >
        <option value="" disabled>
          {t('building.chooseMeaning')}
        </option>
        {outcomes.map((o) => (
          <option key={o} value={o}>
            {term('review.outcome', o)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button secondary"
        disabled={!outcome}
        onClick={() => void teach()}
      >
        {t('building.teach')}
      </button>
      {classified !== null && (
        <span className="notice">{t('building.taught', { count: classified })}</span>
      )}
    </li>
  );
}
