import { useCallback, useState } from 'react';
import {
  operatorRoles,
  type ConsoleSession,
  type OperatorRole,
  type RoleGrant,
} from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { BreachClocks } from '../incidents/BreachClocks';
import { IncidentsView } from '../incidents/IncidentsView';
import { ReportIncident } from '../incidents/ReportIncident';
import { BreakGlass } from './BreakGlass';
import { GrantBanner } from './GrantBanner';
import { AuditView } from './AuditView';
import { PrivacyView } from '../privacy/PrivacyView';
import { BackupReminder } from './BackupReminder';
import { OperatorsView } from './OperatorsView';
import { useI18n } from '../i18n/I18nProvider';
import { useTapPurpose } from '../app/useTapPurpose';
import { OpenFindings } from './FindingsLink';
import { QuitKiosk } from './QuitKiosk';
import { ConsoleKeyboard } from './ConsoleKeyboard';
import { BuildingView } from '../building/BuildingView';
import { ImportView } from '../registers/ImportView';
import { PeopleView } from '../people/PeopleView';
import { PresenceView } from '../reception/PresenceView';
import { ReceptionView } from '../reception/ReceptionView';
import { FindingsView } from '../reconcile/FindingsView';
import { ReviewReminder } from '../reconcile/ReviewReminder';
import { SiteEditor } from '../site/SiteEditor';
import { CentralPanel } from '../central/CentralPanel';
import { TagsView } from '../tags/TagsView';
import { ZonesView } from '../zones/ZonesView';

export type ConsoleTab =
  | 'reception'
  | 'presence'
  | 'people'
  | 'tags'
  | 'zones'
  | 'site'
  | 'import'
  | 'building'
  | 'review'
  | 'operators'
  | 'audit'
  | 'privacy'
  | 'incidents';
type Tab = ConsoleTab;

/**
 * The least role that uses each tab (main/access/permissions.ts is what the services enforce;
 * this only keeps the screen from offering what would be refused).
 */
const tabRole: Record<Tab, OperatorRole> = {
  reception: 'receptionist',
  presence: 'receptionist',
  people: 'officeManager',
  tags: 'officeManager',
  zones: 'officeManager',
  site: 'officeManager',
  import: 'officeManager',
  building: 'officeManager',
  review: 'officeManager',
  operators: 'privacyOfficer',
  audit: 'privacyOfficer',
  privacy: 'privacyOfficer',
  incidents: 'privacyOfficer',
};
const mayUse = (role: OperatorRole, tab: Tab) =>
  operatorRoles.indexOf(role) >= operatorRoles.indexOf(tabRole[tab]);

export function ConsoleArea(props: {
  onLock: () => void;
  initialTab: ConsoleTab;
  operator: { name: string; role: OperatorRole; grant: RoleGrant | null };
  /** Opened by a BHV team member's badge: the evacuation list and roll call, nothing else. */
  evacuationOnly?: boolean;
  /** The session changed here (emergency access taken, short-term rights ended). */
  onSession: (session: ConsoleSession) => void;
}) {
  const api = useApi();
  const [reporting, setReporting] = useState(false);
  const { onSession } = props;
  const refreshSession = useCallback(
    () => void api.getConsoleSession().then((r) => r.ok && onSession(r.value)),
    [api, onSession],
  );
  const { t } = useI18n();
  // The docked keyboard comes for a finger by itself; this brings it for every field.
  const [keyboardAlways, setKeyboardAlways] = useState(false);
  // In the console a visitor badge held up comes back, or goes to the visit the desk chose.
  useTapPurpose('desk');
  const { role } = props.operator;
  const [chosenTab, setTab] = useState<Tab>(
    mayUse(role, props.initialTab) ? props.initialTab : 'reception',
  );
  // Short-term rights that end take their tabs with them: the desk is shown instead.
  const tab: Tab = mayUse(role, chosenTab) ? chosenTab : 'reception';
  const [checks, setChecks] = useState(0);
  const [reviewSubject, setReviewSubject] = useState('');
  const openFindings = useCallback((subject: string) => {
    setReviewSubject(subject);
    setTab('review');
  }, []);
  const allTabs: [Tab, string][] = [
    ['reception', t('reception.tab')],
    ['presence', t('presence.tab')],
    ['people', t('staff.tabPeople')],
    ['tags', t('staff.tabTags')],
    ['zones', t('staff.tabZones')],
    ['site', t('site.tab')],
    ['import', t('import.tab')],
    ['building', t('building.tab')],
    ['review', t('review.tab')],
    ['operators', t('operator.tab')],
    ['audit', t('audit.tab')],
    ['privacy', t('privacy.tab')],
    ['incidents', t('incident.tab')],
  ];
  const tabs = allTabs.filter(([id]) =>
    props.evacuationOnly ? id === 'presence' : mayUse(role, id),
  );
  return (
    <OpenFindings.Provider value={openFindings}>
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
          <div className="staff-header-right">
            <span className="operator" data-testid="operator">
              {/* A BHV session's name says so already: "Sanne de Groot (BHV)". */}
              {props.evacuationOnly
                ? props.operator.name
                : t('operator.signedIn', {
                    name: props.operator.name,
                    role: t(`operator.role.${props.operator.role}`),
                  })}
            </span>
            <button
              type="button"
              className={`button secondary${keyboardAlways ? ' selected' : ''}`}
              aria-pressed={keyboardAlways}
              onClick={() => setKeyboardAlways(!keyboardAlways)}
            >
              {t('keyboard.always')}
            </button>
            {!props.evacuationOnly && (
              <button
                type="button"
                className={`button secondary${reporting ? ' selected' : ''}`}
                aria-pressed={reporting}
                onClick={() => setReporting(!reporting)}
              >
                {t('incident.report')}
              </button>
            )}
            {role === 'privacyOfficer' && <QuitKiosk />}
            <button type="button" className="button secondary" onClick={props.onLock}>
              {t('staff.lock')}
            </button>
          </div>
        </header>
        <div className="staff-body">
          <GrantBanner grant={props.operator.grant} onEnded={refreshSession} />
          {mayUse(role, 'incidents') && <BreachClocks />}
          {reporting && (
            <ReportIncident
              onClose={() => setReporting(false)}
              breakGlass={
                role === 'officeManager' && !props.operator.grant ? (
                  <BreakGlass onSession={onSession} />
                ) : null
              }
            />
          )}
          {mayUse(role, 'review') && tab !== 'reception' && tab !== 'presence' && (
            <BackupReminder />
          )}
          {mayUse(role, 'review') && tab !== 'reception' && tab !== 'presence' && (
            <ReviewReminder
              onOpen={tab === 'review' ? undefined : () => setTab('review')}
              refresh={checks}
            />
          )}
          {tab === 'operators' && <OperatorsView />}
          {tab === 'audit' && <AuditView />}
          {tab === 'privacy' && <PrivacyView />}
          {tab === 'incidents' && <IncidentsView />}
          {tab === 'reception' && <ReceptionView />}
          {tab === 'presence' && (
            <PresenceView
              canSwitchStaff={
                !props.evacuationOnly &&
                operatorRoles.indexOf(role) >= operatorRoles.indexOf('officeManager')
              }
            />
          )}
          {tab === 'people' && <PeopleView />}
          {tab === 'tags' && <TagsView />}
          {tab === 'zones' && <ZonesView />}
          {tab === 'site' && (
            <>
              <CentralPanel canJoin={role === 'privacyOfficer'} />
              <SiteEditor />
            </>
          )}
          {tab === 'import' && <ImportView />}
          {tab === 'building' && <BuildingView />}
          {tab === 'review' && (
            <FindingsView
              key={reviewSubject}
              initialSubject={reviewSubject}
              onChecked={() => setChecks((n) => n + 1)}
            />
          )}
        </div>
        <ConsoleKeyboard always={keyboardAlways} />
      </main>
    </OpenFindings.Provider>
  );
}
