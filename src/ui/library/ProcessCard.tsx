import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessSummary } from '../../storage';
import { useServices } from '../AppContext';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { exportStoredProcess } from '../files/exportFiles';
import { useNavigation } from '../Navigation';
import { attempt, duplicate, trash } from './libraryActions';
import { Thumbnail } from './Thumbnail';

/** One process in the library: its picture, name, lanes and when it was last edited. */
export function ProcessCard({ process, inTrash }: { process: ProcessSummary; inTrash: boolean }) {
  const { t, i18n } = useTranslation();
  const { repo, app } = useServices();
  const nav = useNavigation();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const edited = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(process.updatedAt);
  const rename = (name: string) => {
    setRenaming(false);
    if (name.trim() && name.trim() !== process.name) void attempt(app, () => repo.renameProcess(process.id, name.trim()));
  };

  return (
    <li className="fl-card" data-testid="process-card" data-process-id={process.id}>
      <a className="fl-card-picture" href={inTrash ? undefined : nav.processHref(process.id)} aria-label={t('library.open', { name: process.name })}>
        <Thumbnail preview={process.preview} label={process.name} />
      </a>
      <div className="fl-card-body">
        {renaming ? (
          <input
            className="fl-card-rename"
            defaultValue={process.name}
            aria-label={t('library.rename')}
            autoFocus
            onBlur={(e) => rename(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) rename(e.currentTarget.value);
              if (e.key === 'Escape') setRenaming(false);
            }}
          />
        ) : (
          <h3 className="fl-card-name">{inTrash ? process.name : <a href={nav.processHref(process.id)}>{process.name}</a>}</h3>
        )}
        <p className="fl-card-meta">{process.laneNames.join(' · ') || t('library.noLanes')}</p>
        <p className="fl-card-meta">{t('library.stepsEdited', { count: process.nodeCount, time: edited })}</p>
        <div className="fl-card-actions">
          {inTrash ? (
            <>
              <button type="button" className="fl-button" onClick={() => void attempt(app, () => repo.restoreProcess(process.id))}>{t('library.restore')}</button>
              <button type="button" className="fl-button fl-button-danger" onClick={() => setConfirming(true)}>{t('library.deleteForever')}</button>
            </>
          ) : (
            <>
              <button type="button" className="fl-button" onClick={() => setRenaming(true)}>{t('library.rename')}</button>
              <button type="button" className="fl-button" onClick={() => void duplicate(repo, app, process, t('library.copySuffix'))}>{t('library.duplicate')}</button>
              <button type="button" className="fl-button" onClick={() => void exportStoredProcess(repo, process.id)}>{t('files.export')}</button>
              <button type="button" className="fl-button fl-button-danger" onClick={() => void trash(repo, app, process)}>{t('library.delete')}</button>
            </>
          )}
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('library.deleteForeverTitle', { name: process.name })}
          body={t('library.deleteForeverBody')}
          confirm={t('library.deleteForever')}
          onConfirm={() => void attempt(app, () => repo.deleteForever(process.id))}
          onClose={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
