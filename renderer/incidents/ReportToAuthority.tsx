/** Recording the report to the Autoriteit Persoonsgegevens: when, its reference, and why late. */
import { useState } from 'react';
import type { IncidentDetail, Result } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { DateInput, TextArea, TextInput } from '../shared/fields';
import { ConfirmAction } from '../shared/Confirm';
import { siteMoment } from '../shared/format';

export function ReportToAuthority(props: {
  incident: IncidentDetail;
  onSaved: (r: Result<IncidentDetail>) => void;
}) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const [reference, setReference] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [delayReason, setDelayReason] = useState('');
  const save = async () => {
    const at = day ? siteMoment(day, time, i18n.timeZone) : null;
    props.onSaved(
      await api.recordIncidentReport({
        id: props.incident.id,
        at,
        reference,
        delayReason: delayReason.trim() || null,
      }),
    );
  };
  return (
    <div className="form" data-testid="report-to-authority">
      <h3>{t('incident.recordReport')}</h3>
      <TextInput label={t('incident.reference')} value={reference} onChange={setReference} />
      <DateInput label={t('incident.reportedOn')} value={day} onChange={setDay} />
      <TextInput label={t('incident.time')} value={time} onChange={setTime} />
      <TextArea label={t('incident.delayReason')} value={delayReason} onChange={setDelayReason} />
      <div className="actions">
        {reference.trim() && (
          <ConfirmAction
            label={t('incident.saveReport')}
            question={t('incident.saveReportQuestion', { reference: reference.trim() })}
            confirmLabel={t('incident.saveReport')}
            onConfirm={save}
          />
        )}
      </div>
    </div>
  );
}
