/** English messages: syncRun (a sync run that stopped outright, as the status panel says it). */
export const syncRun = {
  'syncRun.stopped': 'Sync stopped: {reason}. Your work is safe on this computer.',
};
