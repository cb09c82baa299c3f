import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, toSupportedLanguage, type Language } from '../../i18n';

/** The UI language; each option is written in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="fl-language">
      <span className="fl-visually-hidden">{t('toolbar.language')}</span>
      <select value={toSupportedLanguage(i18n.language)} onChange={(e) => void setLanguage(e.target.value as Language)} aria-label={t('toolbar.language')}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng}>
            {t(`languages.${lng}`, { lng })}
          </option>
        ))}
      </select>
    </label>
  );
}
