import { useTranslation } from 'react-i18next';
import { fixedCostOf, peopleOf, type TaskNode } from '../../../model';
import { NumberField } from '../fields/NumberField';
import { useExecute } from '../useExecute';

/** A task's people and fixed cost, for the simulation. */
export function TaskSimFields({ node }: { node: TaskNode }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const id = node.id;
  return (
    <div className="fl-field-row">
      <NumberField label={t('simInputs.people')} hint={t('simInputs.peopleHint')} value={peopleOf(node)} integer min={0} max={100000} onCommit={(people) => execute('setTaskPeople', { id, people: people ?? 1 })} />
      <NumberField label={t('simInputs.fixedCost')} hint={t('simInputs.fixedCostHint')} value={fixedCostOf(node)} min={0} onCommit={(fixedCost) => execute('setTaskFixedCost', { id, fixedCost: fixedCost ?? 0 })} />
    </div>
  );
}
