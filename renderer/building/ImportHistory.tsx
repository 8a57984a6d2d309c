import type { BuildingImportRecord } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';

/** The building imports done so far, newest first. */
export function ImportHistory(props: { imports: BuildingImportRecord[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (props.imports.length === 0) return null;
  return (
    <section>
      <h3>{t('building.history')}</h3>
      <ul className="rows">
        {props.imports.map((h) => (
          <li key={h.id} className="row-meta">
            {formatDateTime(h.importedAt, i18n)} · {h.fileName} · {t(`building.kind.${h.kind}`)} ·{' '}
            {t('building.result', {
              rows: h.rows,
              imported: h.imported,
              duplicates: h.duplicates,
              rejected: h.rejected,
            })}
            {h.minimised > 0 && <> · {t('building.historyMinimised', { count: h.minimised })}</>}
            {h.expiredSkipped > 0 && (
              <> · {t('building.historyExpired', { count: h.expiredSkipped })}</>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
