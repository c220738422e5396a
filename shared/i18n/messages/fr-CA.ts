/**
 * Canadian French messages (architecture: Languages): the same ids and placeholders as the English catalogue.
 * Typography as in Quebec usage: « guillemets », a no-break space before a colon and inside guillemets, a narrow
 * no-break space before ; ? and !, and the typographic apostrophe.
 */
import type { en } from './en';
import { app } from './fr-CA/app';
import { widgets } from './fr-CA/widgets';
import { capture } from './fr-CA/capture';
import { community } from './fr-CA/community';
import { report } from './fr-CA/report';
import { findings } from './fr-CA/findings';
import { projects } from './fr-CA/projects';
import { sessions } from './fr-CA/sessions';
import { setup } from './fr-CA/setup';
import { participants } from './fr-CA/participants';
import { agreement } from './fr-CA/agreement';
import { deck } from './fr-CA/deck';
import { memos } from './fr-CA/memos';
import { workbook } from './fr-CA/workbook';
import { plan } from './fr-CA/plan';
import { saidDid } from './fr-CA/saidDid';
import { cli } from './fr-CA/cli';
import { refi } from './fr-CA/refi';
import { board } from './fr-CA/board';
import { sync } from './fr-CA/sync';
import { syncStatus } from './fr-CA/syncStatus';
import { importNotes } from './fr-CA/importNotes';
import { photos } from './fr-CA/photos';
import { coverage } from './fr-CA/coverage';
import { mapping } from './fr-CA/mapping';
import { exportSteps } from './fr-CA/exportSteps';
import { findingCards } from './fr-CA/findingCards';
import { workshop } from './fr-CA/workshop';
import { commands } from './fr-CA/commands';
import { similarity } from './fr-CA/similarity';
import { syncRun } from './fr-CA/syncRun';
import { photoChecks } from './fr-CA/photoChecks';
import { files } from './fr-CA/files';
import { csvReader } from './fr-CA/csvReader';
import { readers } from './fr-CA/readers';
import { dataErrors } from './fr-CA/dataErrors';
import { desktopFiles } from './fr-CA/desktopFiles';
import { schemaIssues } from './fr-CA/schemaIssues';
import { syncFiles } from './fr-CA/syncFiles';

export const frCA: Record<keyof typeof en, string> = {
  ...app,
  ...widgets,
  ...capture,
  ...community,
  ...report,
  ...findings,
  ...projects,
  ...sessions,
  ...setup,
  ...participants,
  ...agreement,
  ...deck,
  ...memos,
  ...workbook,
  ...plan,
  ...saidDid,
  ...cli,
  ...refi,
  ...board,
  ...sync,
  ...syncStatus,
  ...importNotes,
  ...photos,
  ...coverage,
  ...mapping,
  ...exportSteps,
  ...findingCards,
  ...workshop,
  ...commands,
  ...similarity,
  ...syncRun,
  ...photoChecks,
  ...files,
  ...csvReader,
  ...readers,
  ...dataErrors,
  ...desktopFiles,
  ...schemaIssues,
  ...syncFiles,
};
