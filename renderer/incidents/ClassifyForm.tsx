/**
 * The privacy officer's classification: no incident, security incident or data breach, with the
 * reason; for a breach whether it must be reported, and the fields of art. 33(3) GDPR, written
 * so they can be copied into the authority's form.
 */
import { useState } from 'react';
import type { BreachDetails, IncidentDetail, Result } from '../../main/contract';
import { incidentClassifications, type IncidentClassification } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { Select, TextArea } from '../shared/fields';

const emptyBreach: BreachDetails = {
  categories: '',
  people: '',
  records: '',
  consequences: '',
  measuresTaken: '',
  measuresPlanned: '',
  peopleTold: 'no',
  peopleToldWhy: '',
};
const breachFields = [
  'categories',
  'people',
  'records',
  'consequences',
  'measuresTaken',
  'measuresPlanned',
] as const;

export function ClassifyForm(props: {
  incident: IncidentDetail;
  onSaved: (r: Result<IncidentDetail>) => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const i = props.incident;
  const [classification, setClassification] = useState<IncidentClassification>(
    i.classification ?? 'security_incident',
  );
  const [reason, setReason] = useState(i.classificationReason ?? '');
  const [reportable, setReportable] = useState<'yes' | 'no' | ''>(
    i.reportable === null ? '' : i.reportable ? 'yes' : 'no',
  );
  const [breach, setBreach] = useState<BreachDetails>(i.breach ?? emptyBreach);
  const [invalid, setInvalid] = useState(false);
  const isBreach = classification === 'data_breach';
  const set = (key: keyof BreachDetails) => (value: string) =>
    setBreach({ ...breach, [key]: value });

  const save = async () => {
    const missing =
      isBreach &&
      (reportable === '' ||
        (['categories', 'people', 'records', 'consequences', 'measuresTaken'] as const).some(
          (k) => !breach[k].trim(),
        ));
    if (reason.trim().length < 3 || missing) return setInvalid(true);
    setInvalid(false);
    props.onSaved(
      await api.classifyIncident({
        id: i.id,
        classification,
        reason,
        reportable: isBreach ? reportable === 'yes' : null,
        breach: isBreach ? breach : null,
      }),
    );
  };

  return (
    <div className="form" data-testid="classify-incident">
      <h3>{t('incident.classify')}</h3>
      <Select
        label={t('incident.classification')}
        value={classification}
        options={incidentClassifications.map((c) => ({
          value: c,
          label: t(`incident.class.${c}`),
        }))}
        onChange={setClassification}
      />
      <TextArea label={t('incident.reason')} value={reason} onChange={setReason} />
      {isBreach && (
        <>
          <Select
            wide
            label={t('incident.reportable')}
            value={reportable}
            options={[
              { value: '', label: '–' },
              { value: 'yes', label: t('incident.reportableYes') },
              { value: 'no', label: t('incident.reportableNo') },
            ]}
            onChange={setReportable}
          />
          {breachFields.map((k) => (
            <TextArea
              key={k}
              label={t(`incident.breach.${k}` as MessageKey)}
              value={breach[k]}
              onChange={set(k)}
            />
          ))}
          <Select
            label={t('incident.breach.peopleTold')}
            value={breach.peopleTold}
            options={(['yes', 'no', 'planned'] as const).map((v) => ({
              value: v,
              label: t(`incident.breach.told.${v}`),
            }))}
            onChange={(v) => setBreach({ ...breach, peopleTold: v })}
          />
          <TextArea
            label={t('incident.breach.peopleToldWhy')}
            value={breach.peopleToldWhy}
            onChange={set('peopleToldWhy')}
          />
        </>
      )}
      {invalid && (
        <p className="error-text" role="alert">
          {t('incident.classifyInvalid')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('incident.saveClass')}
        </button>
      </div>
    </div>
  );
}
