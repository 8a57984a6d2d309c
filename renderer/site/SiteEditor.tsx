import { useCallback, useRef, useState } from 'react';
import type { ContractError, ImportSummary, SiteConfig } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { RejectionList } from '../shared/RejectionList';
import { sitePlace } from './site-path';
import { OpenSectionsProvider, Section } from './open-sections';
import { useI18n } from '../i18n/I18nProvider';
import { useData } from '../shared/useData';
import { AccessSections } from './AccessSections';
import { PlaceSections } from './PlaceSections';
import { TextInput } from '../shared/fields';
import { LabelsEditor, WindowsEditor } from './widgets';

export type Update = (change: (draft: SiteConfig) => void) => void;

/**
 * The whole site model, edited as a draft and saved in one go through the same checks as an
 * imported site.json: a refused save lists each problem by its path and changes nothing.
 */
export function SiteEditor() {
  const api = useApi();
  const loaded = useData(useCallback(() => api.getSiteConfig(), [api]));
  const [saved, setSaved] = useState<ImportSummary | null>(null);
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.value) return null;
  // A new draft each time the stored configuration is (re)loaded; open sections stay open.
  return (
    <OpenSectionsProvider initiallyOpen={['general']}>
      <SiteDraft
        key={JSON.stringify(loaded.value)}
        stored={loaded.value}
        saved={saved}
        onSaved={(summary) => {
          setSaved(summary);
          loaded.reload();
        }}
      />
    </OpenSectionsProvider>
  );
}

function SiteDraft(props: {
  stored: SiteConfig;
  saved: ImportSummary | null;
  onSaved: (summary: ImportSummary) => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<SiteConfig>(() => structuredClone(props.stored));
  const [result, setResult] = useState<ImportSummary | null>(props.saved);
  const [error, setError] = useState<ContractError | null>(null);

  const update: Update = (change) =>
    setDraft((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  const errorsRef = useRef<HTMLDivElement>(null);
  const save = async () => {
    // Lines left empty in the text areas are not names.
    const cleaned = structuredClone(draft);
    cleaned.doors.forEach((d) => (d.names = d.names.map((n) => n.trim()).filter(Boolean)));
    cleaned.organisations.forEach(
      (o) => (o.aliases = o.aliases.map((a) => a.trim()).filter(Boolean)),
    );
    const response = await api.saveSiteConfig(cleaned);
    // A refusal is listed above the sections; bring it into view from wherever save was pressed.
    requestAnimationFrame(() => errorsRef.current?.scrollIntoView({ block: 'start' }));
    if (!response.ok) return setError(response.error);
    setError(null);
    setResult(response.value);
    if (response.value.rejected.length === 0) props.onSaved(response.value);
  };

  return (
    <div className="site-editor" data-testid="site-editor">
      <div className="actions sticky">
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('site.save')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      {result &&
        (result.rejected.length ? (
          <div className="error-notice" role="alert" data-testid="site-errors" ref={errorsRef}>
            <p>{t('site.refused')}</p>
            <RejectionList
              rejected={result.rejected}
              testId="site-rejected"
              place={(column) => sitePlace(column, draft, t)}
            />
          </div>
        ) : (
          <p className="notice" role="status">
            {t('site.saved', { updated: result.updated, imported: result.imported })}
          </p>
        ))}
      <Section id="general" summary={t('site.general')}>
        <TextInput
          label={t('site.name')}
          value={draft.site.name}
          onChange={(v) => update((d) => (d.site.name = v))}
        />
        <LabelsEditor
          labels={draft.site.names}
          onChange={(l) => update((d) => (d.site.names = l))}
        />
        <TextInput
          label={t('site.timezone')}
          value={draft.site.timezone}
          onChange={(v) => update((d) => (d.site.timezone = v))}
        />
        <h4>{t('site.officeHours')}</h4>
        <WindowsEditor
          windows={draft.officeHours}
          onChange={(w) => update((d) => (d.officeHours = w))}
        />
      </Section>
      <PlaceSections site={draft} update={update} />
      <AccessSections site={draft} update={update} />
    </div>
  );
}
