import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A button for what cannot be undone: the first touch asks, in words, and only the red button
 * in the question does it. `ready` keeps that button off until the question's fields are filled.
 */
export function ConfirmAction(props: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  children?: ReactNode;
  ready?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className="button secondary danger"
        data-testid={props.testId}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  return (
    <Question label={props.label}>
      <p>{props.question}</p>
      {props.children}
      <div className="actions">
        <button
          type="button"
          className="button danger-solid"
          disabled={busy || props.ready === false}
          onClick={async () => {
            setBusy(true);
            try {
              await props.onConfirm();
              setAsking(false);
            } finally {
              setBusy(false);
            }
          }}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </Question>
  );
}

/**
 * The question's panel, scrolled whole into view as it opens: asked at the foot of a long list,
 * its buttons would otherwise open below the screen's edge.
 */
function Question(props: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
    // The question itself takes the focus, not its red button: Enter must not do it unasked.
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="panel confirm"
      role="alertdialog"
      aria-label={props.label}
    >
      {props.children}
    </div>
  );
}

/**
 * The question before an action that changes who holds what: said in words, with the action's
 * own colour on the button that does it (red for what is lost or cannot be taken back).
 */
export function ConfirmPanel(props: {
  question: string;
  confirmLabel: string;
  tone: 'danger' | 'go';
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <Question label={props.question}>
      <p>{props.question}</p>
      <div className="actions">
        <button
          type="button"
          className={`button ${props.tone === 'danger' ? 'danger-solid' : 'primary'}`}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await props.onConfirm();
            } finally {
              setBusy(false);
            }
          }}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Question>
  );
}
