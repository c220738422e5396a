/** The app's language on this device, in the header: each language named in itself, so anyone can find theirs. */
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { LOCALES, LOCALE_NAMES, isLocale } from '../../shared/i18n/locales';
import { useT } from '../ui/i18n';
import { useLanguage } from './Language';
import './language.css';

export function LanguagePicker() {
  const { locale, setLocale } = useLanguage();
  const { t } = useT();
  return (
    <Select
      className="language-picker"
      selectedKey={locale}
      onSelectionChange={(key) => isLocale(key) && setLocale(key)}
    >
      <Label className="visually-hidden">{t('app.language')}</Label>
      <Button className="language-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="menu">
          {LOCALES.map((code) => (
            <ListBoxItem key={code} id={code} className="menu-item" lang={code}>
              {LOCALE_NAMES[code]}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
