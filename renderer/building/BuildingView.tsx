import { useCallback, useState, type DragEvent } from 'react';
import type {
  BuildingImportSummary,
  CardRule,
  ContractError,
  ImportFinished,
  ImportProgress,
} from '../../main/contract';
import { useApi, useEvent } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { useData } from '../shared/useData';
import { BuildingPreview } from './BuildingPreview';
import { ImportHistory } from './ImportHistory';
import { Minimisation } from './Minimisation';
import { UnmatchedCards } from './UnmatchedCards';
import { Finished, Progress } from './ImportResult';
import { uploadFile } from '../shared/upload';

type Stage =
  | { step: 'idle' }
  | { step: 'uploading'; fraction: number }
  | { step: 'checking'; uploadId: string }
  | { step: 'preview'; uploadId: string; preview: BuildingImportSummary }
  | { step: 'importing'; jobId: string; progress: ImportProgress | null }
  | { step: 'finished'; finished: ImportFinished };

/** The building manager's exports: pick or drop a file, check what was understood, import it. */
export function BuildingView() {
  const api = useApi();
  const { t } = useI18n();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [error, setError] = useState<ContractError | null>(null);
  const [cardRule, setCardRule] = useState<CardRule | null>(null);
  const [columns, setColumns] = useState<Record<string, string>>({});
  const [skipExpired, setSkipExpired] = useState(false);
  const history = useData(useCallback(() => api.listBuildingImports(), [api]));

  const inspect = async (
    uploadId: string,
    rule: CardRule | null,
    corrections: Record<string, string>,
  ) => {
    setStage({ step: 'checking', uploadId });
    const result = await api.inspectBuildingUpload({
      uploadId,
      cardRule: rule,
      columns: corrections,
    });
    if (result.ok) setStage({ step: 'preview', uploadId, preview: result.value });
    else {
      setError(result.error);
      setStage({ step: 'idle' });
    }
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setCardRule(null);
    setColumns({});
    setStage({ step: 'uploading', fraction: 0 });
    const uploaded = await uploadFile(api, file, (fraction) =>
      setStage({ step: 'uploading', fraction }),
    );
    if ('error' in uploaded) {
      setError(uploaded.error);
      setStage({ step: 'idle' });
      return;
    }
    await inspect(uploaded.uploadId, null, {});
  };
  const start = async (uploadId: string) => {
    const result = await api.startBuildingImport({ uploadId, cardRule, columns, skipExpired });
    if (result.ok) setStage({ step: 'importing', jobId: result.value.jobId, progress: null });
    else setError(result.error);
  };

  useEvent(
    'importProgress',
    useCallback((progress: ImportProgress) => {
      setStage((s) =>
        s.step === 'importing' && s.jobId === progress.jobId ? { ...s, progress } : s,
      );
    }, []),
  );
  const { reload } = history;
  useEvent(
    'importFinished',
    useCallback(
      (finished: ImportFinished) => {
        setStage((s) =>
          s.step === 'importing' && s.jobId === finished.jobId ? { step: 'finished', finished } : s,
        );
        reload();
      },
      [reload],
    ),
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void choose(event.dataTransfer.files[0]);
  };
  const percent = (fraction: number) => Math.floor(fraction * 100);

  return (
    <div className="building">
      <label className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <span>{t('building.drop')}</span>
        <span className="button secondary">{t('building.choose')}</span>
        <input
          type="file"
          accept=".csv,.txt,.xlsx"
          data-testid="building-file"
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            // Picking the same file again (a newer export with the same name) must work too.
            e.target.value = '';
          }}
        />
      </label>
      {error && <ErrorNotice error={error} />}
      {stage.step === 'uploading' && (
        <Progress
          label={t('building.uploading', { percent: percent(stage.fraction) })}
          fraction={stage.fraction}
        />
      )}
      {stage.step === 'checking' && <p>{t('building.checking')}</p>}
      {stage.step === 'preview' && (
        <BuildingPreview
          preview={stage.preview}
          cardRule={cardRule ?? stage.preview.cardRule}
          columns={columns}
          onCardRule={(rule) => {
            // What a rule matches is shown before it can be imported with: check again at once.
            setCardRule(rule);
            void inspect(stage.uploadId, rule, columns);
          }}
          onColumn={(header, role) => setColumns((c) => ({ ...c, [header]: role }))}
          onRecheck={() => void inspect(stage.uploadId, cardRule, columns)}
          skipExpired={skipExpired}
          onSkipExpired={setSkipExpired}
          onStart={() => void start(stage.uploadId)}
        />
      )}
      {stage.step === 'importing' && (
        <div className="panel" data-testid="building-progress">
          <Progress
            label={t(
              stage.progress?.phase === 'import'
                ? 'building.progress.import'
                : 'building.progress.scan',
              {
                percent: stage.progress
                  ? percent(stage.progress.bytes / Math.max(1, stage.progress.total))
                  : 0,
              },
            )}
            fraction={stage.progress ? stage.progress.bytes / Math.max(1, stage.progress.total) : 0}
          />
          <button
            type="button"
            className="button secondary danger"
            onClick={() => void api.cancelBuildingImport(stage.jobId)}
          >
            {t('building.cancel')}
          </button>
        </div>
      )}
      {stage.step === 'finished' && <Finished finished={stage.finished} />}
      {history.value && <ImportHistory imports={history.value} />}
      <UnmatchedCards />
      <Minimisation />
    </div>
  );
}
