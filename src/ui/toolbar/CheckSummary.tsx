import { useTranslation } from 'react-i18next';
import { useEditor } from '../EditorContext';
import { useFindings } from '../hooks/useFindings';
import { CheckIcon, ErrorIcon, WarningIcon } from '../icons';

/** Counts of problems found by the checks; a click shows or hides the check panel. */
export function CheckSummary() {
  const { t } = useTranslation();
  const editor = useEditor();
  const findings = useFindings();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <button
      type="button"
      className="fl-check-summary"
      title={t('checks.toggleHint')}
      data-testid="check-summary"
      onClick={() => editor.view.setState((s) => ({ showChecks: !s.showChecks }))}
    >
      {errors + warnings === 0 ? (
        <span className="fl-ok"><CheckIcon size={14} /> {t('checks.allGood')}</span>
      ) : (
        <>
          {errors > 0 && <span className="fl-error"><ErrorIcon size={14} /> {t('checks.errorCount', { count: errors })}</span>}
          {warnings > 0 && <span className="fl-warning"><WarningIcon size={14} /> {t('checks.warningCount', { count: warnings })}</span>}
        </>
      )}
    </button>
  );
}
