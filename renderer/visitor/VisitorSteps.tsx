/** The steps of signing in, each one question on one screen, answered by touch. */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { visitPurposes, type VisitPurpose, type VisitorKiosk } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useLocalName } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { KioskInput, OnScreenKeyboard } from './OnScreenKeyboard';
import { useSearch } from './useSearch';

/**
 * How long a new step takes no touches: the second tap of a double tap (or a tap bounced off the
 * glass) must not answer the next question with whatever button sits where the last one was.
 */
const settleMs = 400;

export function Step(props: {
  title: string;
  children: ReactNode;
  /** The on-screen keyboard, kept in its own place so answers never push it off the screen. */
  keyboard?: ReactNode;
  onBack: () => void;
  onStop: () => void;
  next?: { label: string; enabled: boolean; onNext: () => void };
}) {
  const { t } = useI18n();
  // Settled once this step's question has stood for a moment; a new question settles anew.
  const [settled, setSettled] = useState<string | null>(null);
  const settling = settled !== props.title;
  useEffect(() => {
    const timer = setTimeout(() => setSettled(props.title), settleMs);
    return () => clearTimeout(timer);
  }, [props.title]);
  return (
    <main
      className={`visitor-step${props.keyboard ? ' with-keyboard' : ''}${settling ? ' settling' : ''}`}
      data-testid="visitor-step"
    >
      <header className="visitor-head">
        <h2 className="visitor-question">{props.title}</h2>
        <nav className="visitor-nav">
          <button type="button" className="button secondary" onClick={props.onBack}>
            {t('visitor.back')}
          </button>
          <button type="button" className="button secondary" onClick={props.onStop}>
            {t('visitor.stop')}
          </button>
          {props.next && (
            <button
              type="button"
              className="button primary"
              disabled={!props.next.enabled}
              onClick={props.next.onNext}
            >
              {props.next.label}
            </button>
          )}
        </nav>
      </header>
      <div className="visitor-answers">{props.children}</div>
      {props.keyboard && <div className="visitor-keys">{props.keyboard}</div>}
    </main>
  );
}

type Nav = { onBack: () => void; onStop: () => void };

export function FindExpected(
  props: Nav & {
    typed: string;
    onType: (typed: string) => void;
    onFound: (visit: { id: number; visitorName: string; hostName: string | null }) => void;
    onNotListed: () => void;
  },
) {
  const api = useApi();
  const { t } = useI18n();
  const found = useSearch(
    props.typed,
    useCallback((typed: string) => api.findExpectedVisitors(typed), [api]),
  );
  return (
    <Step
      title={t('visitor.expectedQuestion')}
      onBack={props.onBack}
      onStop={props.onStop}
      keyboard={<OnScreenKeyboard value={props.typed} onChange={props.onType} capitalise="words" />}
    >
      <KioskInput
        label={t('visitor.expectedQuestion')}
        value={props.typed}
        onChange={props.onType}
        maxLength={80}
      />
      <ul className="choices" data-testid="expected-matches">
        {found.map((v) => (
          <li key={v.id}>
            <button type="button" className="button choice-button" onClick={() => props.onFound(v)}>
              <span className="choice-main">{v.visitorName}</span>
              <span className="choice-sub">
                {[
                  v.visitorCompany,
                  v.hostName && t('visitor.expectedFor', { host: v.hostName }),
                  v.expectedTime && t('visitor.expectedAt', { time: v.expectedTime }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {props.typed.trim().length >= 3 && found.length === 0 && (
        <p className="notice">{t('visitor.expectedNoMatch')}</p>
      )}
      <button type="button" className="button secondary big-secondary" onClick={props.onNotListed}>
        {t('visitor.notOnList')}
      </button>
    </Step>
  );
}

export function AskText(
  props: Nav & {
    title: string;
    value: string;
    onChange: (value: string) => void;
    minLength: number;
    /** Said while the answer is too short to go on. */
    tooShort?: string;
    /** The answer must look like this to go on (a phone number). */
    pattern?: RegExp;
    digits?: boolean;
    /** A person's name: each word starts with a capital. */
    name?: boolean;
    onNext: () => void;
    skip?: { label: string; onSkip: () => void };
  },
) {
  const { t } = useI18n();
  const ok =
    props.value.trim().length >= props.minLength &&
    (!props.pattern || props.pattern.test(props.value.trim()));
  return (
    <Step
      title={props.title}
      onBack={props.onBack}
      onStop={props.onStop}
      next={{ label: t('visitor.next'), enabled: ok, onNext: props.onNext }}
      keyboard={
        <OnScreenKeyboard
          value={props.value}
          onChange={props.onChange}
          {...(props.digits ? { initialLayer: 'symbols' as const } : {})}
          {...(props.name ? { capitalise: 'words' as const } : {})}
        />
      }
    >
      <KioskInput
        label={props.title}
        value={props.value}
        onChange={props.onChange}
        maxLength={80}
      />
      {props.value.trim().length > 0 && !ok && props.tooShort && (
        <p className="field-hint" role="status">
          {props.tooShort}
        </p>
      )}
      {props.skip && (
        <button
          type="button"
          className="button secondary big-secondary"
          onClick={props.skip.onSkip}
        >
          {props.skip.label}
        </button>
      )}
    </Step>
  );
}

export function ChooseHost(
  props: Nav & { onChosen: (host: { id: number; name: string } | null) => void },
) {
  const api = useApi();
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const found = useSearch(
    typed,
    useCallback((q: string) => api.findHosts(q), [api]),
  );
  return (
    <Step
      title={t('visitor.hostQuestion')}
      onBack={props.onBack}
      onStop={props.onStop}
      keyboard={<OnScreenKeyboard value={typed} onChange={setTyped} maxLength={40} />}
    >
      <KioskInput
        label={t('visitor.hostQuestion')}
        value={typed}
        onChange={setTyped}
        maxLength={40}
      />
      {typed.trim().length < 3 && <p className="field-hint">{t('visitor.hostHint')}</p>}
      <ul className="choices" data-testid="host-matches">
        {found.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              className="button choice-button"
              onClick={() => props.onChosen(h)}
            >
              <span className="choice-main">{h.name}</span>
              {h.department && <span className="choice-sub">{h.department}</span>}
            </button>
          </li>
        ))}
      </ul>
      {typed.trim().length >= 3 && found.length === 0 && (
        <p className="notice">{t('visitor.hostNoMatch')}</p>
      )}
      <button
        type="button"
        className="button secondary big-secondary"
        onClick={() => props.onChosen(null)}
      >
        {t('visitor.hostReception')}
      </button>
    </Step>
  );
}

export function ChoosePurpose(props: Nav & { onChosen: (purpose: VisitPurpose) => void }) {
  const { t } = useI18n();
  return (
    <Step title={t('visitor.purposeQuestion')} onBack={props.onBack} onStop={props.onStop}>
      <div className="purpose-grid">
        {visitPurposes.map((p) => (
          <button
            key={p}
            type="button"
            className="button secondary big-choice"
            onClick={() => props.onChosen(p)}
          >
            {t(`visitor.purpose.${p}`)}
          </button>
        ))}
      </div>
    </Step>
  );
}

export function PrivacyNotice(
  props: Nav & { kiosk: VisitorKiosk; busy: boolean; onAccept: () => void },
) {
  const { t } = useI18n();
  const localName = useLocalName();
  const { kiosk } = props;
  return (
    <Step title={t('visitor.privacyTitle')} onBack={props.onBack} onStop={props.onStop}>
      <p className="privacy-text" data-testid="privacy-notice">
        {t('visitor.privacyText', {
          site: localName(kiosk.siteName, kiosk.siteNames),
          controller: kiosk.controller,
          days: kiosk.retentionDays,
        })}
      </p>
      <p className="privacy-text">
        {kiosk.privacyContact
          ? t('visitor.privacyContact', { contact: kiosk.privacyContact })
          : t('visitor.privacyReception')}
      </p>
      <button
        type="button"
        className="button primary wide-action"
        disabled={props.busy}
        onClick={props.onAccept}
      >
        {t('visitor.accept')}
      </button>
    </Step>
  );
}
