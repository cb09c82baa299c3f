import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../model';
import { activeSession } from '../../state';
import { useRepository } from '../AppContext';
import { describeIssue } from '../describeIssue';
import { EditorScreen } from '../EditorScreen';
import { useNavigation } from '../Navigation';
import type { SessionControls } from './SessionContext';
import { useSession } from './useSession';

/** A stored process, opened in the editor (or why it cannot be). */
export function ProcessScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const repo = useRepository();
  const nav = useNavigation();
  const [state, reload] = useSession(id);

  const controls = useMemo<SessionControls | null>(() => {
    if (state.kind !== 'ready') return null;
    const { session } = state;
    return {
      session,
      reload,
      saveAsCopy: async () => {
        const doc = session.editor.document.getState().doc;
        const copy = await repo.createProcess({ ...doc, id: newId('process'), name: `${doc.name}${t('library.copySuffix')}` });
        nav.openProcess(copy.id);
      },
    };
  }, [state, reload, repo, nav, t]);

  const session = state.kind === 'ready' ? state.session : null;
  useEffect(() => {
    activeSession.setState({ session });
    return () => activeSession.setState({ session: null });
  }, [session]);

  if (state.kind === 'loading') return <p className="fl-screen-message" role="status">{t('session.opening')}</p>;
  if (state.kind === 'failed') {
    return (
      <div className="fl-screen-message" role="alert">
        <h2>{t(state.problem.kind === 'missing' ? 'session.missing' : 'session.corrupt')}</h2>
        {state.problem.kind === 'corrupt' && (
          <ul>
            {state.problem.issues.slice(0, 10).map((issue, i) => (
              <li key={i}>{describeIssue(t, issue)}</li>
            ))}
          </ul>
        )}
        {state.problem.kind === 'corrupt' && <p>{t('session.corruptHelp')}</p>}
        <a className="fl-button" href={nav.libraryHref}>{t('library.backToLibrary')}</a>
      </div>
    );
  }
  return <EditorScreen key={`${id}:${state.opening}`} editor={state.session.editor} controls={controls!} />;
}
