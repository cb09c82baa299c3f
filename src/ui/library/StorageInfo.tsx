import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { estimateStorage, type StorageEstimate } from '../../storage';

const MB = 1024 * 1024;
const size = (bytes: number, lng: string) =>
  new Intl.NumberFormat(lng, { maximumFractionDigits: bytes < 10 * MB ? 1 : 0 }).format(bytes >= 1024 * MB ? bytes / (1024 * MB) : bytes / MB) + (bytes >= 1024 * MB ? ' GB' : ' MB');

/** How much of the browser's storage the library uses, and whether the browser may clear it. */
export function StorageInfo({ changes }: { changes: number }) {
  const { t, i18n } = useTranslation();
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    void estimateStorage().then(setEstimate);
    void navigator.storage?.persisted?.().then(setPersisted);
  }, [changes]);
  if (!estimate) return null;
  return (
    <p className="fl-storage-info" data-testid="storage-info">
      {t('storage.used', { used: size(estimate.usage, i18n.language), available: size(Math.max(0, estimate.quota - estimate.usage), i18n.language) })}{' '}
      {persisted === true ? t('storage.persistent') : t('storage.notPersistent')}
    </p>
  );
}
