import { useCallback, useMemo, useState } from 'react';
import type { Result, TagAction, TagDetail } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { usePersonName } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { useData } from '../shared/useData';
import { InlineInput } from '../shared/fields';
import { ConfirmPanel } from '../shared/Confirm';
import { matchesSearch } from '../shared/search';

/** The actions the tags service says fit this tag now; each either acts or opens its panel. */
export function TagActions(props: {
  tag: TagDetail;
  onAct: (call: Promise<Result<TagDetail>>) => Promise<boolean>;
  onGive: () => void;
  onReplace: () => void;
  onReportLost: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const nameOf = usePersonName();
  const { tag, onAct } = props;
  const [asking, setAsking] = useState<Confirmed | null>(null);
  const badge = tag.label ?? tag.uid;
  const holder = tag.holder?.kind === 'person' ? nameOf(tag.holder.name) : t('tags.pool');
  // These act at once on the service's side, so each is asked first, in words.
  const confirmed: Record<Confirmed, { question: string; tone: 'danger' | 'go'; run: () => void }> =
    {
      giveToPool: {
        question: t('tags.confirmToPool', { badge }),
        tone: 'go',
        run: () => void onAct(api.assignTag({ tagId: tag.id, personId: null })),
      },
      return: {
        question:
          tag.holder?.kind === 'person'
            ? t('tags.confirmReturned', { badge, holder })
            : t('tags.confirmReturnedPool', { badge }),
        tone: 'go',
        run: () => void onAct(api.returnTag(tag.id)),
      },
      markNotReturned: {
        question: t('tags.confirmNotReturned', { badge, holder }),
        tone: 'danger',
        run: () => void onAct(api.markTagNotReturned(tag.id)),
      },
    };
  const ask = (action: Confirmed) => () => setAsking(action);
  const buttons: Record<TagAction, { label: string; style: string; run: () => void }> = {
    give: { label: `${t('tags.giveTo')}…`, style: 'primary', run: props.onGive },
    giveToPool: {
      label: t('tags.giveToPool'),
      style: 'secondary',
      run: ask('giveToPool'),
    },
    return: { label: t('tags.returned'), style: 'secondary', run: ask('return') },
    markNotReturned: {
      label: t('tags.notReturned'),
      style: 'secondary danger',
      run: ask('markNotReturned'),
    },
    replace: { label: t('tags.replace'), style: 'secondary', run: props.onReplace },
    reportLost: { label: t('tags.reportLost'), style: 'secondary danger', run: props.onReportLost },
  };
  if (asking) {
    const c = confirmed[asking];
    return (
      <ConfirmPanel
        question={c.question}
        confirmLabel={buttons[asking].label}
        tone={c.tone}
        onConfirm={() => {
          setAsking(null);
          c.run();
        }}
        onCancel={() => setAsking(null)}
      />
    );
  }
  return (
    <div className="actions">
      {tag.actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`button ${buttons[action].style}`}
          onClick={buttons[action].run}
        >
          {buttons[action].label}
        </button>
      ))}
    </div>
  );
}

type Confirmed = 'giveToPool' | 'return' | 'markNotReturned';

/** Whom a badge goes to, and the badges they already hold (to say so before a second). */
export interface GiveTo {
  id: number;
  name: string;
  holds: string[];
}

/** Find someone on the staff list (employed today) to give the tag to. */
export function GivePanel(props: { onChoose: (person: GiveTo) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const people = useData(useCallback(() => api.listPeople(), [api]));
  const candidates = useMemo(() => {
    return (people.value ?? [])
      .filter((p) => p.employed && matchesSearch(query, p.name, p.employeeId))
      .slice(0, 8);
  }, [people.value, query]);
  return (
    <div className="panel">
      <InlineInput label={t('tags.choosePerson')} value={query} onChange={setQuery} />
      <ul className="rows">
        {candidates.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="row"
              onClick={() =>
                props.onChoose({
                  id: p.id,
                  name: p.name,
                  holds: p.tags.filter((tag) => tag.status === 'active').map((tag) => tag.uid),
                })
              }
            >
              <span className="row-title">{p.name}</span>
              <span className="row-meta">
                {[p.employeeId, p.organisation].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Report the tag lost, with a note and who came to say so. */
export function LostPanel(props: { onReport: (note: string | null, by: string | null) => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [reportedBy, setReportedBy] = useState('');
  return (
    <div className="panel">
      <InlineInput label={t('tags.lostNote')} value={note} onChange={setNote} />
      <InlineInput label={t('tags.reportedBy')} value={reportedBy} onChange={setReportedBy} />
      <button
        type="button"
        className="button danger-solid"
        onClick={() => props.onReport(note.trim() || null, reportedBy.trim() || null)}
      >
        {t('tags.reportLost')}
      </button>
    </div>
  );
}
