import { doorDirections, organisationRoles, type SiteConfig } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import type { Update } from './SiteEditor';
import { Select, TextInput } from '../shared/fields';
import { ListSection } from './ListSection';
import { LabelsEditor, LinesInput } from './widgets';

/** Organisations, zones and doors: who is on the floor and where the readers are. */
export function PlaceSections(props: { site: SiteConfig; update: Update }) {
  const { t } = useI18n();
  const { site, update } = props;
  return (
    <>
      <ListSection
        title={t('site.organisations')}
        items={site.organisations}
        onAdd={() => update((d) => d.organisations.push({ name: '', role: 'tenant', aliases: [] }))}
        onRemove={(i) => update((d) => d.organisations.splice(i, 1))}
      >
        {(org, i) => (
          <>
            <TextInput
              label={t('site.label')}
              value={org.name}
              onChange={(v) => update((d) => (d.organisations[i]!.name = v))}
            />
            <Select
              label={t('site.role')}
              value={org.role}
              options={organisationRoles.map((r) => ({ value: r, label: t(`site.role.${r}`) }))}
              onChange={(v) => update((d) => (d.organisations[i]!.role = v))}
            />
            <LinesInput
              label={t('site.aliases')}
              value={org.aliases}
              onChange={(v) => update((d) => (d.organisations[i]!.aliases = v))}
            />
          </>
        )}
      </ListSection>

      <ListSection
        title={t('site.zones')}
        items={site.zones}
        onAdd={() => update((d) => d.zones.push({ id: '', label: '', ownFloor: true }))}
        onRemove={(i) => update((d) => d.zones.splice(i, 1))}
      >
        {(zone, i) => (
          <>
            <TextInput
              label={t('site.id')}
              value={zone.id}
              onChange={(v) => update((d) => (d.zones[i]!.id = v))}
            />
            <TextInput
              label={t('site.label')}
              value={zone.label}
              onChange={(v) => update((d) => (d.zones[i]!.label = v))}
            />
            <LabelsEditor
              labels={zone.labels}
              onChange={(l) => update((d) => (d.zones[i]!.labels = l))}
            />
            <label className="field checkbox">
              <input
                type="checkbox"
                checked={zone.ownFloor}
                onChange={(e) => update((d) => (d.zones[i]!.ownFloor = e.target.checked))}
              />
              <span>{t('site.ownFloor')}</span>
            </label>
          </>
        )}
      </ListSection>

      <ListSection
        title={t('site.doors')}
        items={site.doors}
        onAdd={() =>
          update((d) =>
            d.doors.push({ id: '', zone: d.zones[0]?.id ?? '', direction: 'in', names: [] }),
          )
        }
        onRemove={(i) => update((d) => d.doors.splice(i, 1))}
      >
        {(door, i) => (
          <>
            <TextInput
              label={t('site.id')}
              value={door.id}
              onChange={(v) => update((d) => (d.doors[i]!.id = v))}
            />
            <Select
              label={t('site.zone')}
              value={door.zone}
              options={site.zones.map((z) => ({ value: z.id, label: `${z.id} – ${z.label}` }))}
              onChange={(v) => update((d) => (d.doors[i]!.zone = v))}
            />
            <Select
              label={t('site.direction')}
              value={door.direction}
              options={doorDirections.map((v) => ({ value: v, label: t(`site.direction.${v}`) }))}
              onChange={(v) => update((d) => (d.doors[i]!.direction = v))}
            />
            <LinesInput
              label={t('site.names')}
              value={door.names}
              onChange={(v) => update((d) => (d.doors[i]!.names = v))}
            />
          </>
        )}
      </ListSection>
    </>
  );
}
