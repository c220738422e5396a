/** Canadian French messages: syncRun (une synchronisation arrêtée net, telle que le panneau d’état le dit). */
import type { syncRun as en } from '../en/syncRun';

export const syncRun: Record<keyof typeof en, string> = {
  'syncRun.stopped': 'La synchronisation s’est arrêtée : {reason}. Votre travail est en sûreté sur cet ordinateur.',
};
