/** What an erasure cannot reach, said wherever a person is about to erase: copies that already left Fieldnotes. */
export function ErasureLimits() {
  return (
    <>
      <p>Erasure cannot reach copies that have already left Fieldnotes:</p>
      <ul className="erasure-limits">
        <li>a bundle or an export already given to someone (ask them to delete it);</li>
        <li>
          earlier versions your file-sync service keeps of the shared folder (OneDrive, SharePoint or Dropbox version
          history, a backup of a USB stick).
        </li>
      </ul>
    </>
  );
}
