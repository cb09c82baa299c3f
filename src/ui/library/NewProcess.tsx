import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyDocument, newId } from '../../model';
import { useServices } from '../AppContext';
import { useNavigation } from '../Navigation';
import { attempt } from './libraryActions';

/** Creates an empty process and opens it (the "new process" link). */
export function NewProcess() {
  const { t } = useTranslation();
  const { repo, app } = useServices();
  const nav = useNavigation();
  const started = useRef(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (started.current) return; // once, even when effects run twice in development
    started.current = true;
    const doc = emptyDocument(newId('process'), t('defaults.processName'));
    void attempt(app, () => repo.createProcess(doc)).then((created) => (created ? nav.replaceWithProcess(doc.id) : setFailed(true)));
  }, [repo, app, nav, t]);
  if (failed) return <p className="fl-screen-message" role="alert"><a href={nav.libraryHref}>{t('library.backToLibrary')}</a></p>;
  return <p className="fl-screen-message" role="status">{t('session.opening')}</p>;
}
