import { useTranslation } from 'react-i18next';
import type { Duration, FlowEdge } from '../../../model';
import { DurationField } from '../fields/DurationField';
import { SelectField } from '../fields/SelectField';
import { useExecute } from '../useExecute';

const DEFAULT_DELAY: Duration = { unit: 'minute', dist: { kind: 'fixed', value: 2 } };

/** How long work takes to get from one lane to the other along a flow (none: immediately). */
export function HandoffDelayField({ edge }: { edge: FlowEdge }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const delay = edge.handoffDelay ?? null;
  const set = (next: Duration | null) => execute('setHandoffDelay', { id: edge.id, delay: next });
  return (
    <>
      <SelectField
        label={t('simInputs.handoffDelay.kindLabel')}
        hint={t('simInputs.handoffDelay.hint')}
        value={delay ? 'some' : 'none'}
        options={(['none', 'some'] as const).map((k) => ({ value: k, label: t(`simInputs.handoffDelay.${k}`) }))}
        onChange={(k) => set(k === 'none' ? null : DEFAULT_DELAY)}
      />
      {delay && <DurationField legend={t('simInputs.handoffDelay.legend')} value={delay} onCommit={set} />}
    </>
  );
}
