/**
 * The name this device's person goes by in the mapping log. Kept on this device only (never synced, never in an
 * export); without one the log shows the device id.
 */
import { useEffect, useState } from 'react';
import { useData } from '../app/DataContext';
import { announce, notifyError } from '../app/announce';
import { loadUserName, saveUserName } from '../data/deviceNamer';

export function UserNameField() {
  const { db } = useData();
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
          () => announce('Name saved'),
          () => notifyError('Your name could not be saved on this device.'),
        );
      }}
    >
      <div className="field grow">
        <label htmlFor="mapper-name">Your name in the mapping log (this device only)</label>
        <input id="mapper-name" type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit">Save name</button>
    </form>
  );
}
