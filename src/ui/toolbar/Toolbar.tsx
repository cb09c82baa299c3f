import { useTranslation } from 'react-i18next';
import { useDoc, useEditor, useView } from '../EditorContext';
import { HelpIcon } from '../icons';
import { AutoLayoutControls } from '../layout/AutoLayoutControls';
import { BackToLibrary } from './BackToLibrary';
import { CheckSummary } from './CheckSummary';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionTools } from './SessionTools';
import { UndoRedo } from './UndoRedo';
import { ViewToggles } from './ViewToggles';

export function Toolbar() {
  const { t } = useTranslation();
  const editor = useEditor();
  const name = useDoc((d) => d.name);
  const readOnly = useView((v) => v.readOnly);
  return (
    <header className="fl-toolbar">
      <BackToLibrary />
      <span className="fl-brand">Flowlane</span>
      <input
        key={name}
        className="fl-process-name"
        defaultValue={name}
        readOnly={readOnly}
        aria-label={t('toolbar.processName')}
        title={t('toolbar.processNameHint')}
        onBlur={(e) => {
          const next = e.target.value.trim();
          if (next && next !== name) editor.document.getState().execute('renameProcess', { name: next });
          else e.target.value = name;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.currentTarget.blur();
        }}
      />
      <UndoRedo />
      <AutoLayoutControls />
      <ViewToggles />
      <div className="fl-toolbar-spacer" />
      <SessionTools />
      <CheckSummary />
      <LanguageSwitch />
      <button type="button" className="fl-icon-button" aria-label={t('toolbar.help')} title={t('toolbar.helpHint')} onClick={() => editor.view.setState({ dialog: { kind: 'help' } })}>
        <HelpIcon />
      </button>
    </header>
  );
}
