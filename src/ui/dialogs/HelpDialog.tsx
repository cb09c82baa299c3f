import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../shortcuts';
import { Dialog } from './Dialog';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod+Shift+Z" → "Ctrl+Shift+Z" (or ⌘ on a Mac). */
const display = (combo: string) => combo.replace('Mod', isMac() ? '⌘' : 'Ctrl');

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('help.title')} onClose={onClose}>
      <section>
        <h3>{t('help.basicsTitle')}</h3>
        <ol className="fl-help-basics">
          <li>{t('help.basics1')}</li>
          <li>{t('help.basics2')}</li>
          <li>{t('help.basics3')}</li>
          <li>{t('help.basics4')}</li>
          <li>{t('help.basics5')}</li>
        </ol>
      </section>
      <section>
        <h3>{t('help.shortcutsTitle')}</h3>
        <table className="fl-shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.id}>
                <td>{t(`shortcuts.${s.id}` as 'shortcuts.undo')}</td>
                <td>
                  {s.keys.map((k) => (
                    <kbd key={k}>{display(k)}</kbd>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Dialog>
  );
}
