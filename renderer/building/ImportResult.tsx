import type { ImportFinished, Rejection } from '../../main/contract';
import { RejectionList } from '../shared/RejectionList';
import { useI18n } from '../i18n/I18nProvider';
import { useTerm } from '../shared/terms';
import { TeachText } from './TeachText';

export function Progress(props: { label: string; fraction: number }) {
  return (
    <div className="progress">
      <span>{props.label}</span>
      <progress max={1} value={props.fraction} />
    </div>
  );
}

function Rejections(props: { rejected: Rejection[] }) {
  return <RejectionList rejected={props.rejected} testId="building-rejected" />;
}

export function Finished(props: { finished: ImportFinished }) {
  const { t } = useI18n();
  const term = useTerm();
  const { finished } = props;
  if (finished.outcome !== 'done') {
    return (
      <section className="panel" data-testid="building-result">
        <p>{finished.outcome === 'cancelled' ? t('building.cancelled') : t('building.refused')}</p>
        {finished.outcome !== 'cancelled' && <Rejections rejected={finished.rejected} />}
      </section>
    );
  }
  const s = finished.summary;
  return (
    <section className="panel" data-testid="building-result">
      <p>
        {t('building.result', {
          rows: s.rows,
          imported: s.imported,
          duplicates: s.duplicates,
          rejected: s.rejected.length,
        })}
      </p>
      {!!s.minimised && (
        <p className="notice" data-testid="building-minimised">
          {t('building.minimised', { count: s.minimised })}
        </p>
      )}
      {s.rejected.length > 0 && <Rejections rejected={s.rejected} />}
      {s.outcomes && (
        <>
          <h4>{t('building.outcomes')}</h4>
          <ul className="outcomes">
            {Object.entries(s.outcomes).map(([outcome, count]) => (
              <li key={outcome}>
                {term('review.outcome', outcome)}: {count}
              </li>
            ))}
          </ul>
        </>
      )}
      {s.unknownEventTexts && s.unknownEventTexts.length > 0 && (
        <>
          <h4>{t('building.unknownTexts')}</h4>
          <ul>
            {s.unknownEventTexts.map((u) => (
              <TeachText key={u.text} text={u.text} count={u.count} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
