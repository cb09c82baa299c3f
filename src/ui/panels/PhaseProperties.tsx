import { useTranslation } from 'react-i18next';
import type { Phase } from '../../model';
import { useDoc } from '../EditorContext';
import { DeleteButton } from './DeleteButton';
import { TextField } from './fields/TextField';
import { useExecute } from './useExecute';

export function PhaseProperties({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const index = useDoc((d) => d.phases.findIndex((p) => p.id === phase.id));
  const count = useDoc((d) => d.phases.length);
  const id = phase.id;
  return (
    <div className="fl-properties-body" data-testid="phase-properties">
      <h3 className="fl-properties-kind">{t('properties.phase')}</h3>
      <p className="fl-field-hint">{t('properties.phaseHint')}</p>
      <TextField label={t('properties.name')} value={phase.name} onCommit={(name) => name.trim() && execute('renamePhase', { id, name: name.trim() })} />
      <div className="fl-button-row">
        <button type="button" className="fl-button" disabled={index <= 0} onClick={() => execute('movePhase', { id, toIndex: index - 1 })}>
          {t('properties.movePhaseEarlier')}
        </button>
        <button type="button" className="fl-button" disabled={index >= count - 1} onClick={() => execute('movePhase', { id, toIndex: index + 1 })}>
          {t('properties.movePhaseLater')}
        </button>
      </div>
      <DeleteButton label={t('properties.deletePhase')} onDelete={() => execute('deletePhase', { id })} />
    </div>
  );
}
