import type { BuildingImportSummary, CardRule } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';

/** What Lobby understood of the file, with the card rule and column roles open to correction. */
export function BuildingPreview(props: {
  preview: BuildingImportSummary;
  cardRule: CardRule | null;
  columns: Record<string, string>;
  onCardRule: (rule: CardRule) => void;
  onColumn: (header: string, role: string) => void;
  onRecheck: () => void;
  onStart: () => void;
}) {
  const { t } = useI18n();
  const p = props.preview;
  const roles = p.availableRoles ?? [];
  return (
    <section className="panel" data-testid="building-preview">
      {p.kind === null && (
        <p className="notice" role="status" data-testid="building-needs-mapping">
          {t('building.needsMapping')}
        </p>
      )}
      <p>
        {t('building.detected', {
          kind: p.kind === null ? t('building.kind.unknown') : t(`building.kind.${p.kind}`),
          rows: p.rows,
          encoding: p.encoding,
          delimiter: p.delimiter === null ? '—' : p.delimiter === '\t' ? 'tab' : p.delimiter,
          header: p.headerRow,
        })}
      </p>
      <label className="field">
        <span>{t('building.cardRule')}</span>
        <select
          className="text-input"
          value={props.cardRule ?? ''}
          onChange={(e) => {
            const chosen = p.cardRuleScores.find((s) => s.rule === e.target.value);
            if (chosen) props.onCardRule(chosen.rule);
          }}
        >
          {p.cardRuleScores.map((s) => (
            <option key={s.rule} value={s.rule}>
              {s.rule} ({s.matched}
              {s.ambiguous ? ` + ${s.ambiguous}?` : ''})
            </option>
          ))}
        </select>
      </label>
      <p data-testid="building-match">
        {t('building.matchRate', {
          percent: Math.round(p.cardMatchRate * 100),
          matched: p.cardMatches.matched,
          distinct: p.cardMatches.distinct,
          ambiguous: p.cardMatches.ambiguous,
        })}
      </p>
      <details open={p.kind === null}>
        <summary>{t('building.columns')}</summary>
        <div className="form">
          {Object.entries(p.columns).map(([header, role]) => (
            <label key={header} className="field">
              <span>{header}</span>
              <select
                className="text-input"
                aria-label={header}
                value={props.columns[header] ?? role}
                onChange={(e) => props.onColumn(header, e.target.value)}
              >
                {[...new Set([role, ...roles])].map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </details>
      <div className="actions">
        <button type="button" className="button secondary" onClick={props.onRecheck}>
          {t('building.recheck')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={props.onStart}
          disabled={p.kind === null}
          data-testid="building-start"
        >
          {t('building.start')}
        </button>
      </div>
    </section>
  );
}
