import { useTranslation } from 'react-i18next';
import { caseTypesOf, simulationOf, type FlowEdge } from '../../../model';
import { useDoc } from '../../EditorContext';
import { useExecute } from '../useExecute';

/** On a decision branch: the case types that always take it (shown once case types exist). */
export function BranchCaseTypesField({ edge }: { edge: FlowEdge }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const types = useDoc((d) => simulationOf(d).caseTypes);
  if (types.length === 0) return null;
  const chosen = caseTypesOf(edge);
  const toggle = (id: string, on: boolean) =>
    execute('setBranchCaseTypes', { id: edge.id, caseTypes: on ? [...chosen, id] : chosen.filter((c) => c !== id) });
  return (
    <fieldset className="fl-fieldset" data-testid="branch-case-types">
      <legend>{t('simInputs.branchCaseTypes.legend')}</legend>
      {types.map((type) => (
        <label key={type.id} className="fl-check">
          <input type="checkbox" checked={chosen.includes(type.id)} onChange={(e) => toggle(type.id, e.target.checked)} /> {type.name}
        </label>
      ))}
      <p className="fl-field-hint">{t('simInputs.branchCaseTypes.hint')}</p>
    </fieldset>
  );
}
