import { useTranslation } from 'react-i18next';
import { newId, simulationOf } from '../../../model';
import { useDoc } from '../../EditorContext';
import { TrashIcon } from '../../icons';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { useExecute } from '../useExecute';

const pct = (share: number) => Math.round(share * 1000) / 10;

/** Kinds of cases (初诊 / 复诊) with their share of arrivals. */
export function CaseTypesEditor() {
  const { t } = useTranslation();
  const execute = useExecute();
  const types = useDoc((d) => simulationOf(d).caseTypes);
  const sum = pct(types.reduce((a, c) => a + c.share, 0));
  const add = () =>
    execute('addCaseType', { id: newId('caseType'), name: t('simInputs.caseTypes.newName', { n: types.length + 1 }), share: types.length === 0 ? 1 : 0 });
  return (
    <fieldset className="fl-fieldset" data-testid="case-types">
      <legend>{t('simInputs.caseTypes.legend')}</legend>
      <p className="fl-field-hint">{t(types.length === 0 ? 'simInputs.caseTypes.none' : 'simInputs.caseTypes.hint')}</p>
      {types.map((c) => (
        <div key={c.id} className="fl-field-row fl-list-row">
          <TextField label={t('simInputs.caseTypes.name')} value={c.name} onCommit={(name) => name.trim() && execute('updateCaseType', { id: c.id, name: name.trim() })} />
          <NumberField label={t('simInputs.caseTypes.share')} value={pct(c.share)} min={0} max={100} suffix="%" onCommit={(v) => execute('updateCaseType', { id: c.id, share: (v ?? 0) / 100 })} />
          <button type="button" className="fl-icon-button" aria-label={t('simInputs.caseTypes.delete')} title={t('simInputs.caseTypes.delete')} onClick={() => execute('deleteCaseType', { id: c.id })}>
            <TrashIcon size={14} />
          </button>
        </div>
      ))}
      {types.length > 0 && <p className={sum === 100 ? 'fl-field-hint' : 'fl-field-error'}>{t('simInputs.caseTypes.sum', { sum })}</p>}
      <button type="button" className="fl-button" onClick={add}>
        {t('simInputs.caseTypes.add')}
      </button>
    </fieldset>
  );
}
