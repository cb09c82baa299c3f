import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_EXTENSION } from '../../model';
import { useImportFiles } from './useImportFiles';

/** Opens the file picker for .flowlane.json files. */
export function ImportButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const importFiles = useImportFiles();
  return (
    <>
      <button type="button" className="fl-button" title={t('files.importHint')} onClick={() => input.current?.click()}>
        {t('files.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept={`${FILE_EXTENSION},.json,application/json`}
        multiple
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) importFiles(files);
        }}
      />
    </>
  );
}
