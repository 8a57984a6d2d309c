/** Words for the services' codes (file columns, card rules), with the code itself on demand. */
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { catalogues } from '../i18n/translate';

const known = (key: string): key is MessageKey => key in catalogues.nl;

type TermFamily =
  | 'column'
  | 'cardRule'
  | 'review.outcome'
  | 'privacy.category'
  | 'privacy.reason'
  | 'audit.action'
  | 'audit.seen'
  | 'staff.cardStatus';

/** The office manager's word for a code from a family of keys, or the code if there is none. */
export function useTerm() {
  const { t } = useI18n();
  const term = (
    family: TermFamily,
    code: string,
    params?: Record<string, string | number>,
  ): string => {
    // A file with two card columns gives roles like "cardNumber (slot 2)".
    const slot = /^(\w+) \(slot (\d+)\)$/.exec(code);
    if (slot) return t('column.slot', { role: term(family, slot[1]!), slot: slot[2]! });
    const key = `${family}.${code}`;
    return known(key) ? t(key, params) : code;
  };
  return term;
}

/** The technical names behind the words, folded away until someone asks for them. */
export function CodesOnDemand(props: { codes: [string, string][] }) {
  const { t } = useI18n();
  return (
    <details className="codes">
      <summary>{t('term.code')}</summary>
      <ul translate="no">
        {props.codes.map(([what, code]) => (
          <li key={what}>
            {what}: <code>{code}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A name the site gives per language ({"nl": "…"}): the screen's, or the plain one. */
export function useLocalName() {
  const { locale } = useI18n();
  return (name: string, names?: Partial<Record<'nl' | 'en', string>>) => names?.[locale] ?? name;
}

/** A person's name, or that the retention schedule erased it (their history stays, nameless). */
export function usePersonName() {
  const { t } = useI18n();
  return (name: string | null | undefined) => (name?.trim() ? name : t('staff.nameErased'));
}
