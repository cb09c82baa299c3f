import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChoice } from '../../storage';
import { useApp, useServices } from '../AppContext';
import { describeIssue } from '../describeIssue';
import { Dialog } from '../dialogs/Dialog';
import { commitImport } from './importFiles';

const SHOWN_ISSUES = 12;

/** The dialogs of an import in progress: what is wrong with a file, or what to do with duplicates. */
export function ImportDialogs() {
  const importing = useApp((s) => s.importing);
  if (importing?.step === 'problems') return <ProblemsDialog fileName={importing.fileName} problems={importing.problems} />;
  if (importing?.step === 'conflicts') return <ConflictsDialog key={importing.existing.join()} />;
  return null;
}

function ProblemsDialog({ fileName, problems }: { fileName: string; problems: import('../../model').FileProblem[] }) {
  const { t } = useTranslation();
  const { app } = useServices();
  const close = () => app.setState({ importing: null });
  return (
    <Dialog title={t('files.problemsTitle')} onClose={close} footer={<button type="button" className="fl-button fl-button-primary" onClick={close}>{t('dialog.ok')}</button>}>
      <p>{t('files.problemsIntro', { file: fileName })}</p>
      {problems.map((p) => (
        <section key={p.processNumber} className="fl-import-problem">
          {p.processNumber > 0 && <h3>{t('files.inProcess', { number: p.processNumber, name: p.processName })}</h3>}
          <ul data-testid="import-problems">
            {p.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <li key={i}>{describeIssue(t, issue)}</li>
            ))}
          </ul>
          {p.issues.length > SHOWN_ISSUES && <p className="fl-field-hint">{t('files.moreProblems', { count: p.issues.length - SHOWN_ISSUES })}</p>}
        </section>
      ))}
      <p className="fl-callout">{t('files.nothingChanged')}</p>
    </Dialog>
  );
}

function ConflictsDialog() {
  const { t } = useTranslation();
  const { repo, app } = useServices();
  const importing = useApp((s) => s.importing);
  const existing = importing?.step === 'conflicts' ? importing.existing : [];
  const [choices, setChoices] = useState<Record<string, ImportChoice>>(() => Object.fromEntries(existing.map((id) => [id, 'keepBoth'])));
  if (importing?.step !== 'conflicts') return null;
  const { docs } = importing;
  const close = () => app.setState({ importing: null });
  const setAll = (choice: ImportChoice) => setChoices(Object.fromEntries(existing.map((id) => [id, choice])));
  return (
    <Dialog
      title={t('files.conflictsTitle')}
      onClose={close}
      footer={
        <>
          <button type="button" className="fl-button" onClick={close}>{t('dialog.cancel')}</button>
          <button type="button" className="fl-button fl-button-primary" onClick={() => void commitImport(docs, choices, repo, app, t('files.importedSuffix'))}>
            {t('files.importNow', { count: docs.length })}
          </button>
        </>
      }
    >
      <p>{t('files.conflictsIntro')}</p>
      <div className="fl-button-row">
        <button type="button" className="fl-button" onClick={() => setAll('keepBoth')}>{t('files.allKeepBoth')}</button>
        <button type="button" className="fl-button" onClick={() => setAll('replace')}>{t('files.allReplace')}</button>
      </div>
      {docs.filter((d) => existing.includes(d.id)).map((d) => (
        <fieldset key={d.id} className="fl-choices fl-conflict">
          <legend>{d.name}</legend>
          {(['keepBoth', 'replace'] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" name={`conflict-${d.id}`} checked={choices[d.id] === choice} onChange={() => setChoices({ ...choices, [d.id]: choice })} />
              {t(`files.choice.${choice}`)}
            </label>
          ))}
        </fieldset>
      ))}
    </Dialog>
  );
}
