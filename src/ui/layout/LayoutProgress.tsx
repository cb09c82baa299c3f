import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useEditor } from '../EditorContext';
import { layoutRunnerOf } from './useAutoLayout';

/** Shown while a layout takes longer than a blink: how long it has run, and a way to stop it. */
const SHOW_AFTER_MS = 300;

export function LayoutProgress() {
  const { t } = useTranslation();
  const runner = layoutRunnerOf(useEditor());
  const { running, startedAt, steps } = useStore(runner.state);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  if (!running || startedAt === null || now - startedAt < SHOW_AFTER_MS) return null;
  return (
    <div className="fl-layout-progress" role="status" data-testid="layout-progress">
      <span className="fl-spinner" aria-hidden="true" />
      {t('layout.running', { steps, seconds: Math.floor((now - startedAt) / 1000) })}
      <button type="button" className="fl-button" onClick={() => runner.cancel()}>
        {t('layout.cancel')}
      </button>
    </div>
  );
}
