import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { BuildingView } from './building/BuildingView';
import { ImportView } from './ImportView';
import { PeopleView } from './PeopleView';
import { SiteEditor } from './site/SiteEditor';
import { TagsView } from './TagsView';
import { ZonesView } from './ZonesView';

type Tab = 'people' | 'tags' | 'zones' | 'site' | 'import' | 'building';

export function StaffArea(props: { onLock: () => void; onLocked: () => void }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('people');
  const tabs: [Tab, string][] = [
    ['people', t('staff.tabPeople')],
    ['tags', t('staff.tabTags')],
    ['zones', t('staff.tabZones')],
    ['site', t('site.tab')],
    ['import', t('import.tab')],
    ['building', t('building.tab')],
  ];
  return (
    <main className="screen staff">
      <header className="staff-header">
        <nav className="tabs" role="tablist">
          {tabs.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className={`button chip${tab === id ? ' selected' : ''}`}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </nav>
        <button type="button" className="button secondary" onClick={props.onLock}>
          {t('staff.lock')}
        </button>
      </header>
      {tab === 'people' && <PeopleView onLocked={props.onLocked} />}
      {tab === 'tags' && <TagsView onLocked={props.onLocked} />}
      {tab === 'zones' && <ZonesView onLocked={props.onLocked} />}
      {tab === 'site' && <SiteEditor onLocked={props.onLocked} />}
      {tab === 'import' && <ImportView />}
      {tab === 'building' && <BuildingView />}
    </main>
  );
}
