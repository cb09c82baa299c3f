import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../AppContext';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { exportLibrary } from '../files/exportFiles';
import { ImportButton } from '../files/ImportButton';
import { LanguageSwitch } from '../toolbar/LanguageSwitch';
import { useNavigation } from '../Navigation';
import { attempt } from './libraryActions';
import { searchAndSort, SORTS, type LibrarySort } from './librarySort';
import { ProcessCard } from './ProcessCard';
import { StorageInfo } from './StorageInfo';
import { useRecoverRescueCopies } from './useRecoverRescueCopies';

/** All processes as cards (or the trash): search, sort, create, import and export. */
export function LibraryScreen({ trash }: { trash: boolean }) {
  const { t, i18n } = useTranslation();
  const { repo, app } = useServices();
  const nav = useNavigation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('updated');
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const list = useLiveQuery(() => repo.listProcesses({ trash }), [repo, trash], null);
  const shown = list ? searchAndSort(list, query, sort, i18n.language) : [];
  useRecoverRescueCopies();

  return (
    <div className="fl-library">
      <header className="fl-toolbar">
        <span className="fl-brand">Flowlane</span>
        <h1 className="fl-library-title">{trash ? t('library.trash') : t('library.title')}</h1>
        <input className="fl-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('library.search')} aria-label={t('library.search')} />
        <label className="fl-toggle">
          {t('library.sortBy')}
          <select value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`library.sort.${s}`)}</option>)}
          </select>
        </label>
        <div className="fl-toolbar-spacer" />
        {!trash && (
          <>
            <a className="fl-button fl-button-primary" href={nav.newProcessHref}>{t('library.new')}</a>
            <ImportButton />
            <button type="button" className="fl-button" title={t('files.exportLibraryHint')} onClick={() => void exportLibrary(repo)}>{t('files.exportLibrary')}</button>
          </>
        )}
        {trash && list && list.length > 0 && (
          <button type="button" className="fl-button fl-button-danger" onClick={() => setConfirmEmpty(true)}>{t('library.emptyTrash')}</button>
        )}
        <a className="fl-button" href={trash ? nav.libraryHref : nav.trashHref}>{trash ? t('library.backToLibrary') : t('library.trash')}</a>
        <LanguageSwitch />
      </header>
      <main className="fl-library-main">
        {list && list.length === 0 && (
          <div className="fl-empty-library" role="note">
            <h2>{trash ? t('library.trashEmpty') : t('library.emptyTitle')}</h2>
            {!trash && <p>{t('library.emptyBody')}</p>}
            {!trash && <a className="fl-button fl-button-primary" href={nav.newProcessHref}>{t('library.newFirst')}</a>}
          </div>
        )}
        {list && list.length > 0 && shown.length === 0 && <p className="fl-screen-message">{t('library.noMatch', { query })}</p>}
        <ul className="fl-cards">
          {shown.map((p) => <ProcessCard key={p.id} process={p} inTrash={trash} />)}
        </ul>
        <StorageInfo changes={list?.length ?? 0} />
      </main>
      {confirmEmpty && (
        <ConfirmDialog
          title={t('library.emptyTrashTitle')}
          body={t('library.emptyTrashBody', { count: list?.length ?? 0 })}
          confirm={t('library.emptyTrash')}
          onConfirm={() => void attempt(app, () => repo.emptyTrash())}
          onClose={() => setConfirmEmpty(false)}
        />
      )}
    </div>
  );
}
