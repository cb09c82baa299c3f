import { useTranslation } from 'react-i18next';
import type { Finding, ProcessDocument } from '../../model';
import { requestFocus, select } from '../../state';
import { useDoc, useEditor } from '../EditorContext';
import { useFindings } from '../hooks/useFindings';
import { CheckIcon, ErrorIcon, InfoIcon, WarningIcon } from '../icons';

const ICONS = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon };

/** Findings about a flow name it by the steps at its ends. */
function endsOf(doc: ProcessDocument, f: Finding): Record<string, string> {
  if (f.target.kind !== 'edge') return {};
  const id = f.target.id;
  const edge = doc.edges.find((e) => e.id === id);
  const label = (nodeId?: string) => doc.nodes.find((n) => n.id === nodeId)?.label ?? '';
  return { source: label(edge?.source), target: label(edge?.target) };
}

/** The live list of problems in the process; clicking one selects and shows the element. */
export function CheckPanel() {
  const { t } = useTranslation();
  const editor = useEditor();
  const findings = useFindings();
  const doc = useDoc((d) => d);

  const show = (f: Finding) => {
    const ref = f.target;
    if (ref.kind === 'node') select(editor.view, { nodes: [ref.id] });
    else if (ref.kind === 'edge') select(editor.view, { edges: [ref.id] });
    else if (ref.kind === 'lane') select(editor.view, { lane: ref.id });
    else if (ref.kind === 'phase') select(editor.view, { phase: ref.id });
    else select(editor.view, {});
    requestFocus(editor.view, ref);
  };

  return (
    <section className="fl-checks" aria-label={t('checks.title')} data-testid="check-panel">
      <h2 className="fl-panel-title">
        {t('checks.title')} <span className="fl-count">{findings.length}</span>
      </h2>
      {findings.length === 0 ? (
        <p className="fl-checks-empty"><CheckIcon size={16} /> {t('checks.none')}</p>
      ) : (
        <ul className="fl-findings">
          {findings.map((f, i) => {
            const Icon = ICONS[f.severity];
            return (
              <li key={`${f.code}:${i}`}>
                <button type="button" className={`fl-finding is-${f.severity}`} data-code={f.code} onClick={() => show(f)}>
                  <Icon size={14} />
                  <span>{t(`findings.${f.code}`, { ...f.params, ...endsOf(doc, f), label: f.params.label || t('checks.unnamed') })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
