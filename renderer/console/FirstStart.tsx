import { useState } from 'react';
import type { ConsoleSession } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { KioskInput, OnScreenKeyboard } from '../visitor/OnScreenKeyboard';
import { PinPad } from './PinPad';

/** The first start walks the installer through creating the privacy officer: name, PIN twice. */
export function FirstStart(props: { onDone: (s: ConsoleSession) => void; onExit: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [step, setStep] = useState<'name' | 'pin' | 'again'>('name');
  const [pin, setPin] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return (
    <main className="screen" data-testid="first-start">
      <h1>{t('operator.setupTitle')}</h1>
      <p className="lead">{t('operator.setupText')}</p>
      {step === 'name' && (
        <>
          <KioskInput
            label={t('operator.setupName')}
            value={name}
            onChange={setName}
            maxLength={80}
          />
          <OnScreenKeyboard value={name} onChange={setName} />
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={name.trim().length === 0}
              onClick={() => setStep('pin')}
            >
              {t('visitor.next')}
            </button>
            <button type="button" className="button secondary" onClick={props.onExit}>
              {t('common.back')}
            </button>
          </div>
        </>
      )}
      {step !== 'name' && (
        <>
          <p>{t(step === 'pin' ? 'operator.setupPin' : 'operator.setupPinAgain')}</p>
          {mismatch && (
            <p className="error-text" role="alert">
              {t('operator.setupMismatch')}
            </p>
          )}
          <PinPad
            key={step}
            wrong={false}
            blockedMs={0}
            onSubmit={async (entered) => {
              if (step === 'pin') {
                setPin(entered);
                setMismatch(false);
                setStep('again');
                return;
              }
              if (entered !== pin) {
                setMismatch(true);
                setStep('pin');
                return;
              }
              const r = await api.setUpFirstOperator({ name: name.trim(), pin });
              if (r.ok) props.onDone(r.value);
            }}
          />
        </>
      )}
    </main>
  );
}
