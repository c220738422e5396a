/**
 * The name this device's person goes by in the mapping log. Kept on this device only (never synced, never in an
 * export); without one the log shows the device id.
 */
import { useEffect, useState } from 'react';
import { useData } from '../app/DataContext';
import { announce, notifyError } from '../app/announce';
import { loadUserName, saveUserName } from '../data/deviceNamer';
import { useT } from '../ui/i18n';

export function UserNameField() {
  const { db } = useData();
  const { t } = useT();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadUserName(db).then((stored) => live && setName(stored));
    return () => {
      live = false;
    };
  }, [db]);
  if (name === null) return null;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        saveUserName(db, name).then(
          () => announce(t('mapping.nameSaved')),
          () => notifyError(t('mapping.nameNotSaved')),
        );
      }}
    >
      <div className="field grow">
        <label htmlFor="mapper-name">{t('mapping.yourName')}</label>
        <input id="mapper-name" type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit">{t('mapping.saveName')}</button>
    </form>
  );
}
