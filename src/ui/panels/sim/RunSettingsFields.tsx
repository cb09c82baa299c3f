import { useTranslation } from 'react-i18next';
import { MAX_REPLICATIONS, MAX_RUN_CASES, RUN_KINDS, simulationOf, TIME_UNITS, type RunLength, type TimeUnit } from '../../../model';
import { useDoc } from '../../EditorContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { useExecute } from '../useExecute';

const SPAN_UNITS = TIME_UNITS.filter((u) => u !== 'second');
const DEFAULT_RUN: Record<RunLength['kind'], RunLength> = { cases: { kind: 'cases', count: 1000 }, period: { kind: 'period', length: 5, unit: 'day' } };

/** Run length, warm-up, replications and seed of the process's simulation. */
export function RunSettingsFields() {
  const { t } = useTranslation();
  const execute = useExecute();
  const settings = useDoc(simulationOf);
  const { run, warmUp } = settings;
  const unitOptions = SPAN_UNITS.map((u) => ({ value: u, label: t(`units.long.${u}`) }));
  return (
    <>
      <SelectField
        label={t('simInputs.run.kindLabel')}
        value={run.kind}
        options={RUN_KINDS.map((k) => ({ value: k, label: t(`simInputs.run.kind.${k}`) }))}
        onChange={(kind) => execute('setSimulationSettings', { run: DEFAULT_RUN[kind] })}
      />
      {run.kind === 'cases' ? (
        <NumberField label={t('simInputs.run.count')} value={run.count} integer min={1} max={MAX_RUN_CASES} onCommit={(count) => execute('setSimulationSettings', { run: { ...run, count: count ?? run.count } })} />
      ) : (
        <div className="fl-field-row">
          <NumberField label={t('simInputs.run.length')} value={run.length} positive onCommit={(length) => execute('setSimulationSettings', { run: { ...run, length: length ?? run.length } })} />
          <SelectField label={t('properties.unit')} value={run.unit} options={unitOptions} onChange={(unit: TimeUnit) => execute('setSimulationSettings', { run: { ...run, unit } })} />
        </div>
      )}
      <div className="fl-field-row">
        <NumberField label={t('simInputs.run.warmUp')} hint={t('simInputs.run.warmUpHint')} value={warmUp.length} min={0} onCommit={(length) => execute('setSimulationSettings', { warmUp: { ...warmUp, length: length ?? 0 } })} />
        <SelectField label={t('properties.unit')} value={warmUp.unit} options={unitOptions} onChange={(unit: TimeUnit) => execute('setSimulationSettings', { warmUp: { ...warmUp, unit } })} />
      </div>
      <div className="fl-field-row">
        <NumberField label={t('simInputs.run.replications')} hint={t('simInputs.run.replicationsHint')} value={settings.replications} integer min={1} max={MAX_REPLICATIONS} onCommit={(n) => execute('setSimulationSettings', { replications: n ?? 1 })} />
        <NumberField label={t('simInputs.run.seed')} hint={t('simInputs.run.seedHint')} value={settings.seed} integer min={0} max={0xffff_ffff} onCommit={(seed) => execute('setSimulationSettings', { seed: seed ?? 0 })} />
      </div>
    </>
  );
}
