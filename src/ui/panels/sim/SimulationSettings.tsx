import { useTranslation } from 'react-i18next';
import { CaseTypesEditor } from './CaseTypesEditor';
import { RunSettingsFields } from './RunSettingsFields';
import { ScenariosEditor } from './ScenariosEditor';

/** The process-wide simulation inputs, shown with the process's properties. */
export function SimulationSettings() {
  const { t } = useTranslation();
  return (
    <section data-testid="simulation-settings">
      <fieldset className="fl-fieldset">
        <legend>{t('simInputs.run.legend')}</legend>
        <p className="fl-field-hint">{t('simInputs.run.hint')}</p>
        <RunSettingsFields />
      </fieldset>
      <CaseTypesEditor />
      <ScenariosEditor />
    </section>
  );
}
