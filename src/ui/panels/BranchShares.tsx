import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../EditorContext';
import { useStore } from 'zustand';
import { NumberField } from './fields/NumberField';
import { useExecute } from './useExecute';

const pct = (p: number | null) => (p === null ? null : Math.round(p * 1000) / 10);

/** Every branch of a decision with its share of cases, and whether the shares add up to 100 %. */
export function BranchShares({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const { document } = useEditor();
  const branches = useStore(document, useShallow((s) => s.doc.edges.filter((e) => e.source === nodeId)));
  const labels = useStore(document, (s) => s.doc.nodes);
  const labelOf = (id: string) => labels.find((n) => n.id === id)?.label || t('checks.unnamed');
  const set = branches.filter((b) => b.probability !== null);
  const sum = Math.round(set.reduce((total, b) => total + (b.probability ?? 0), 0) * 1000) / 10;
  return (
    <fieldset className="fl-fieldset">
      <legend>{t('properties.branches')}</legend>
      {branches.length === 0 && <p className="fl-field-hint">{t('properties.noBranches')}</p>}
      {branches.map((b) => (
        <NumberField
          key={b.id}
          label={t('properties.branchTo', { target: labelOf(b.target), label: b.label })}
          value={pct(b.probability)}
          min={0}
          max={100}
          optional
          suffix="%"
          onCommit={(v) => execute('setEdgeProbability', { id: b.id, probability: v === null ? null : v / 100 })}
        />
      ))}
      {set.length > 0 && (
        <p className={sum === 100 ? 'fl-field-hint' : 'fl-field-error'}>{t('properties.branchSum', { sum })}</p>
      )}
    </fieldset>
  );
}
