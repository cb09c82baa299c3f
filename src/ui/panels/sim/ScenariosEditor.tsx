import { useTranslation } from 'react-i18next';
import { newId, simulationOf, type Scenario } from '../../../model';
import { useDoc } from '../../EditorContext';
import { DeleteButton } from '../DeleteButton';
import { TextField } from '../fields/TextField';
import { useExecute } from '../useExecute';
import { AddScenarioChange } from './AddScenarioChange';
import { ScenarioChangeRow } from './ScenarioChangeRow';

/** Named variants of the process (one more person, a faster step) to compare by simulation. */
export function ScenariosEditor() {
  const { t } = useTranslation();
  const execute = useExecute();
  const scenarios = useDoc((d) => simulationOf(d).scenarios);
  const add = () => execute('addScenario', { id: newId('scenario'), name: t('simInputs.scenarios.newName', { n: scenarios.length + 1 }) });
  return (
    <fieldset className="fl-fieldset" data-testid="scenarios">
      <legend>{t('simInputs.scenarios.legend')}</legend>
      <p className="fl-field-hint">{t(scenarios.length === 0 ? 'simInputs.scenarios.none' : 'simInputs.scenarios.hint')}</p>
      {scenarios.map((s) => (
        <ScenarioEditor key={s.id} scenario={s} />
      ))}
      <button type="button" className="fl-button" onClick={add}>
        {t('simInputs.scenarios.add')}
      </button>
    </fieldset>
  );
}

function ScenarioEditor({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const id = scenario.id;
  const setChanges = (changes: Scenario['changes']) => execute('updateScenario', { id, changes });
  return (
    <fieldset className="fl-fieldset">
      <legend>{scenario.name}</legend>
      <TextField label={t('simInputs.scenarios.name')} value={scenario.name} onCommit={(name) => name.trim() && execute('updateScenario', { id, name: name.trim() })} />
      {scenario.changes.length === 0 && <p className="fl-field-hint">{t('simInputs.scenarios.noChanges')}</p>}
      {scenario.changes.map((change, i) => (
        <ScenarioChangeRow
          key={i}
          change={change}
          onChange={(next) => setChanges(scenario.changes.map((c, j) => (j === i ? next : c)))}
          onRemove={() => setChanges(scenario.changes.filter((_, j) => j !== i))}
        />
      ))}
      <AddScenarioChange onAdd={(change) => setChanges([...scenario.changes, change])} />
      <DeleteButton label={t('simInputs.scenarios.delete')} onDelete={() => execute('deleteScenario', { id })} />
    </fieldset>
  );
}
