import { useTranslation } from 'react-i18next';
import { useNavigation } from '../Navigation';
import { useSessionControls } from '../session/SessionContext';

/** The way back to the list of processes. */
export function BackToLibrary() {
  const { t } = useTranslation();
  const { libraryHref } = useNavigation();
  if (!useSessionControls()) return null;
  return (
    <a className="fl-back" href={libraryHref} title={t('library.backHint')}>
      ← {t('library.title')}
    </a>
  );
}
