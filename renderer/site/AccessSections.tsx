import type { SiteConfig } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import type { Update } from './SiteEditor';
import { TextInput } from '../shared/fields';
import { ListSection } from './ListSection';
import { GrantsEditor, LabelsEditor, WindowsEditor } from './widgets';

/** Schedules, expected profiles and the building's access levels: who may go where, when. */
export function AccessSections(props: { site: SiteConfig; update: Update }) {
  const { t } = useI18n();
  const { site, update } = props;
  const renameSchedule = (from: string, to: string) =>
    update((d) => {
      d.schedules = Object.fromEntries(
        Object.entries(d.schedules).map(([id, w]) => [id === from ? to : id, w]),
      );
      for (const g of [
        ...d.profiles.flatMap((p) => p.rules),
        ...d.buildingLevels.flatMap((l) => l.grants),
      ]) {
        if (g.schedule === from) g.schedule = to;
      }
    });
  return (
    <>
      <ListSection
        title={t('site.schedules')}
        items={Object.entries(site.schedules)}
        onAdd={() =>
          update((d) => {
            let n = Object.keys(d.schedules).length + 1;
            while (`NEW${n}` in d.schedules) n += 1;
            d.schedules[`NEW${n}`] = [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' }];
          })
        }
        onRemove={(i) =>
          update((d) => {
            const id = Object.keys(d.schedules)[i];
            if (id !== undefined) delete d.schedules[id];
          })
        }
      >
        {([id, windows]) => (
          <>
            <TextInput label={t('site.id')} value={id} onChange={(v) => renameSchedule(id, v)} />
            <WindowsEditor
              windows={windows}
              onChange={(w) => update((d) => (d.schedules[id] = w))}
            />
          </>
        )}
      </ListSection>

      <ListSection
        title={t('site.profiles')}
        items={site.profiles}
        onAdd={() => update((d) => d.profiles.push({ id: '', label: '', rules: [] }))}
        onRemove={(i) => update((d) => d.profiles.splice(i, 1))}
      >
        {(profile, i) => (
          <>
            <TextInput
              label={t('site.id')}
              value={profile.id}
              onChange={(v) => update((d) => (d.profiles[i]!.id = v))}
            />
            <TextInput
              label={t('site.label')}
              value={profile.label}
              onChange={(v) => update((d) => (d.profiles[i]!.label = v))}
            />
            <LabelsEditor
              labels={profile.labels}
              onChange={(l) => update((d) => (d.profiles[i]!.labels = l))}
            />
            <h4>{t('site.rules')}</h4>
            <GrantsEditor
              grants={profile.rules}
              site={site}
              onChange={(g) => update((d) => (d.profiles[i]!.rules = g))}
            />
          </>
        )}
      </ListSection>

      <ListSection
        title={t('site.levels')}
        items={site.buildingLevels}
        onAdd={() => update((d) => d.buildingLevels.push({ name: '', grants: [] }))}
        onRemove={(i) => update((d) => d.buildingLevels.splice(i, 1))}
      >
        {(level, i) => (
          <>
            <TextInput
              label={t('site.label')}
              value={level.name}
              onChange={(v) => update((d) => (d.buildingLevels[i]!.name = v))}
            />
            <h4>{t('site.grants')}</h4>
            <GrantsEditor
              grants={level.grants}
              site={site}
              onChange={(g) => update((d) => (d.buildingLevels[i]!.grants = g))}
            />
          </>
        )}
      </ListSection>
    </>
  );
}
