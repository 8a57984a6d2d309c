/**
 * A visitor signs in: expected visitors find themselves by a few letters (three touches in
 * all); a walk-in gives name, organisation, host and purpose (seven). Then the privacy notice,
 * accepted, and "your host has been told". Nothing else is asked.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SignInOutcome, VisitPurpose } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { InfoScreen } from '../home/InfoScreen';
import { useI18n } from '../i18n/I18nProvider';
import { useData } from '../shared/useData';
import { AskText, ChooseHost, ChoosePurpose, FindExpected, PrivacyNotice } from './VisitorSteps';

type StepName = 'find' | 'name' | 'company' | 'phone' | 'host' | 'purpose' | 'privacy' | 'done';

interface Answers {
  expectedVisitId: number | null;
  visitorName: string;
  visitorCompany: string;
  visitorPhone: string;
  host: { id: number; name: string } | null;
  purpose: VisitPurpose;
}

const start: Answers = {
  expectedVisitId: null,
  visitorName: '',
  visitorCompany: '',
  visitorPhone: '',
  host: null,
  purpose: 'meeting',
};

export function VisitorFlow(props: { onDone: () => void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const kiosk = useData(useCallback(() => api.getVisitorKiosk(), [api]));
  const [step, setStep] = useState<StepName>('find');
  const [history, setHistory] = useState<StepName[]>([]);
  const [typed, setTyped] = useState('');
  const [answers, setAnswers] = useState<Answers>(start);
  const [outcome, setOutcome] = useState<SignInOutcome | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  const go = (next: StepName) => {
    setHistory((h) => [...h, step]);
    setStep(next);
  };
  const back = () => {
    const previous = history.at(-1);
    if (!previous) return props.onDone();
    setHistory((h) => h.slice(0, -1));
    setStep(previous);
  };
  const answer = (more: Partial<Answers>, next: StepName) => {
    setAnswers((a) => ({ ...a, ...more }));
    go(next);
  };
  const nav = { onBack: back, onStop: props.onDone };

  const signIn = async () => {
    setBusy(true);
    const result = await api.signInVisitor({
      expectedVisitId: answers.expectedVisitId,
      visitorName: answers.visitorName.trim(),
      visitorCompany: answers.visitorCompany.trim(),
      visitorPhone: answers.visitorPhone.trim(),
      hostId: answers.host?.id ?? null,
      purpose: answers.purpose,
      locale,
      privacyAccepted: true,
    });
    setBusy(false);
    setOutcome(result.ok ? result.value : 'failed');
    // A host who cannot be reached: choose again rather than start over.
    if (result.ok && result.value.outcome === 'hostUnavailable') setStep('host');
    else go('done');
  };

  if (!kiosk.value) return null;
  // A phone number only where the site asks for one.
  const afterCompany: StepName = kiosk.value.askPhone ? 'phone' : 'host';
  if (!kiosk.value.selfSignIn)
    return <InfoScreen title="visitor.title" body="visitor.body" onBack={props.onDone} />;

  switch (step) {
    case 'find':
      return (
        <FindExpected
          {...nav}
          typed={typed}
          onType={setTyped}
          onFound={(v) =>
            answer(
              {
                expectedVisitId: v.id,
                visitorName: v.visitorName,
                host: null,
              },
              'privacy',
            )
          }
          onNotListed={() => answer({ expectedVisitId: null, visitorName: typed }, 'name')}
        />
      );
    case 'name':
      return (
        <AskText
          {...nav}
          title={t('visitor.nameQuestion')}
          name
          value={answers.visitorName}
          onChange={(visitorName) => setAnswers((a) => ({ ...a, visitorName }))}
          minLength={2}
          tooShort={t('visitor.nameTooShort')}
          onNext={() => go('company')}
        />
      );
    case 'company':
      return (
        <AskText
          {...nav}
          title={t('visitor.companyQuestion')}
          value={answers.visitorCompany}
          onChange={(visitorCompany) => setAnswers((a) => ({ ...a, visitorCompany }))}
          minLength={1}
          onNext={() => go(afterCompany)}
          skip={{
            label: t('visitor.companyNone'),
            onSkip: () => answer({ visitorCompany: '' }, afterCompany),
          }}
        />
      );
    case 'phone':
      return (
        <AskText
          {...nav}
          title={t('visitor.phoneQuestion')}
          value={answers.visitorPhone}
          onChange={(visitorPhone) => setAnswers((a) => ({ ...a, visitorPhone }))}
          minLength={6}
          pattern={/^\+?[0-9 ()-]{6,20}$/}
          digits
          tooShort={t('visitor.phoneInvalid')}
          onNext={() => go('host')}
        />
      );
    case 'host':
      return (
        <>
          {outcome !== null && outcome !== 'failed' && outcome.outcome === 'hostUnavailable' && (
            <p className="notice visitor-notice" role="alert">
              {t('visitor.hostUnavailable')}
            </p>
          )}
          <ChooseHost {...nav} onChosen={(host) => answer({ host }, 'purpose')} />
        </>
      );
    case 'purpose':
      return <ChoosePurpose {...nav} onChosen={(purpose) => answer({ purpose }, 'privacy')} />;
    case 'privacy':
      return <PrivacyNotice {...nav} kiosk={kiosk.value} busy={busy} onAccept={signIn} />;
    case 'done':
      return <SignedIn outcome={outcome} name={answers.visitorName} onDone={props.onDone} />;
  }
}

/** "Welcome; your host knows you are here": then back to the home screen by itself. */
function SignedIn(props: {
  outcome: SignInOutcome | 'failed' | null;
  name: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { onDone } = props;
  useEffect(() => {
    const timer = setTimeout(onDone, 15_000);
    return () => clearTimeout(timer);
  }, [onDone]);
  const o = props.outcome;
  const firstName = props.name.trim().split(' ')[0] ?? '';
  let title = t('visitor.doneTitle', { name: firstName });
  let body: string;
  if (o === null || o === 'failed') {
    title = t('visitor.title');
    body = t('visitor.failed');
  } else if (o.outcome === 'signedIn') {
    body = !o.hostFirstName
      ? t('visitor.doneReception')
      : o.hostTold
        ? t('visitor.doneHostTold', { host: o.hostFirstName })
        : t('visitor.doneHostLater', { host: o.hostFirstName });
  } else {
    title = t('visitor.title');
    body = t(
      o.outcome === 'alreadySignedIn' ? 'visitor.alreadySignedIn' : 'visitor.notExpectedToday',
    );
  }
  return (
    <main className="screen centred" data-testid="visitor-done">
      <h1>{title}</h1>
      <p className="lead">{body}</p>
      <button type="button" className="button primary wide-action" onClick={props.onDone}>
        {t('visitor.close')}
      </button>
    </main>
  );
}
