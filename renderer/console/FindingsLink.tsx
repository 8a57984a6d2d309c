import { createContext, useContext } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Opens the access review filtered on a person, tag or zone; provided by the console. */
export const OpenFindings = createContext<(subject: string) => void>(() => {});

/** "Findings": from a person, a tag or a zone to what the access review found about it. */
export function FindingsLink(props: { subject: string }) {
  const { t } = useI18n();
  const open = useContext(OpenFindings);
  return (
    <button type="button" className="button secondary" onClick={() => open(props.subject)}>
      {t('review.findingsFor')}
    </button>
  );
}
