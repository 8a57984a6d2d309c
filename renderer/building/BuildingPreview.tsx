import type { BuildingImportSummary, CardRule } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { ConfirmAction } from '../shared/Confirm';
import { formatDateTime } from '../shared/format';
import { CodesOnDemand, useTerm } from '../shared/terms';

/** What Lobby understood of the file, with the card rule and column roles open to correction. */
export function BuildingPreview(props: {
  preview: BuildingImportSummary;
  cardRule: CardRule | null;
  columns: Record<string, string>;
  onCardRule: (rule: CardRule) => void;
  onColumn: (header: string, role: string) => void;
  onRecheck: () => void;
  /** Leave out the events older than the retention period (the next purge would delete them). */
  skipExpired: boolean;
  onSkipExpired: (skip: boolean) => void;
  onStart: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const term = useTerm();
  const p = props.preview;
  const roles = p.availableRoles ?? [];
  // A rule that finds none of our badges, or a file imported before, is imported only on purpose.
  const noMatch = p.kind !== null && p.cardMatches.distinct > 0 && p.cardMatches.matched === 0;
  const before = p.importedBefore ?? null;
  // Events older than the retention period would be stored only for the next purge to delete.
  const expired = p.pastRetention ?? 0;
  // A rule chosen by hand that recognises fewer cards than the one Lobby found is said, too.
  const score = (rule: CardRule | null) =>
    p.cardRuleScores.find((s) => s.rule === rule)?.matched ?? 0;
  const worse =
    !noMatch &&
    p.cardRuleDetected !== null &&
    p.cardRule !== p.cardRuleDetected &&
    score(p.cardRule) < score(p.cardRuleDetected);
  const warnings = [
    noMatch ? t('building.noMatchWarning') : null,
    worse
      ? t('building.worseRuleWarning', {
          detected: term('cardRule', p.cardRuleDetected!),
          matched: score(p.cardRuleDetected),
        })
      : null,
    before
      ? t('building.importedBefore', { at: formatDateTime(before.at, i18n), by: before.by })
      : null,
  ].filter((w): w is string => w !== null);
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
          encoding: encodingName(p.encoding),
          delimiter: p.delimiter === null ? '—' : t(delimiterKey(p.delimiter)),
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
              {t(s.ambiguous ? 'cardRule.optionAmbiguous' : 'cardRule.option', {
                example: s.example ?? '–',
                matched: s.matched,
                ambiguous: s.ambiguous,
              })}
            </option>
          ))}
        </select>
      </label>
      {p.cardRuleExample && (
        <p className="row-meta" data-testid="card-rule-example">
          {t('building.cardRuleExample', {
            uid: p.cardRuleExample,
            label: props.cardRule ? term('cardRule', props.cardRule) : '–',
          })}
        </p>
      )}
      {props.cardRule && <CodesOnDemand codes={[[t('building.cardRule'), props.cardRule]]} />}
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
              <span translate="no">{header}</span>
              <select
                className="text-input"
                aria-label={header}
                value={props.columns[header] ?? role}
                onChange={(e) => props.onColumn(header, e.target.value)}
              >
                {[...new Set([role, ...roles])].map((r) => (
                  <option key={r} value={r}>
                    {term('column', r)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <CodesOnDemand
          codes={Object.entries(p.columns).map(([header, role]) => [
            header,
            props.columns[header] ?? role,
          ])}
        />
      </details>
      {warnings.map((w) => (
        <p key={w} className="notice warning" role="alert">
          {w}
        </p>
      ))}
      {expired > 0 && (
        <p className="notice warning" role="status">
          {t('building.pastRetention', { count: expired })}
        </p>
      )}
      {expired > 0 && (
        <label className="check" data-testid="building-skip-expired">
          <input
            type="checkbox"
            checked={props.skipExpired}
            onChange={(e) => props.onSkipExpired(e.target.checked)}
          />
          <span>{t('building.skipExpired', { count: expired })}</span>
        </label>
      )}
      <div className="actions">
        <button type="button" className="button secondary" onClick={props.onRecheck}>
          {t('building.recheck')}
        </button>
        {warnings.length > 0 && p.kind !== null ? (
          <ConfirmAction
            label={t('building.startAnyway')}
            question={t('building.startAnywayQuestion')}
            confirmLabel={t('building.start')}
            onConfirm={props.onStart}
            testId="building-start"
          />
        ) : (
          <button
            type="button"
            className="button primary"
            onClick={props.onStart}
            disabled={p.kind === null}
            data-testid="building-start"
          >
            {t('building.start')}
          </button>
        )}
      </div>
    </section>
  );
}

/** "utf-8-bom" as people write it: UTF-8; the rest (windows-1252, xlsx) upper-cased. */
const encodingName = (encoding: string) =>
  encoding
    .replace(/-bom$/, '')
    .replace(/^utf-8$/, 'UTF-8')
    .toUpperCase();

/** A separator named in words: a lone "," or ";" in a sentence reads as punctuation. */
function delimiterKey(delimiter: string): MessageKey {
  const names: Record<string, MessageKey> = {
    ',': 'building.delimiter.comma',
    ';': 'building.delimiter.semicolon',
    '\t': 'building.delimiter.tab',
    '|': 'building.delimiter.pipe',
  };
  return names[delimiter] ?? 'building.delimiter.other';
}
