/**
 * English messages, the reference catalogue (architecture: Languages). ICU MessageFormat: `{name}` fills a value,
 * `{count, plural, one {…} other {…}}` counts, `{count, number}` formats a number. Ids are `area.what`; code uses
 * each id as a literal string, so the catalogue check can find every use.
 */
import { app } from './en/app';
import { widgets } from './en/widgets';
import { capture } from './en/capture';
import { community } from './en/community';
import { report } from './en/report';
import { findings } from './en/findings';
import { projects } from './en/projects';
import { sessions } from './en/sessions';
import { setup } from './en/setup';
import { participants } from './en/participants';
import { agreement } from './en/agreement';
import { deck } from './en/deck';
import { memos } from './en/memos';
import { workbook } from './en/workbook';
import { plan } from './en/plan';
import { saidDid } from './en/saidDid';
import { cli } from './en/cli';
import { refi } from './en/refi';
import { board } from './en/board';
import { sync } from './en/sync';
import { syncStatus } from './en/syncStatus';
import { importNotes } from './en/importNotes';
import { photos } from './en/photos';
import { coverage } from './en/coverage';
import { mapping } from './en/mapping';
import { exportSteps } from './en/exportSteps';
import { findingCards } from './en/findingCards';
import { workshop } from './en/workshop';
import { commands } from './en/commands';
import { similarity } from './en/similarity';
import { syncRun } from './en/syncRun';
import { photoChecks } from './en/photoChecks';
import { files } from './en/files';
import { csvReader } from './en/csvReader';
import { readers } from './en/readers';
import { dataErrors } from './en/dataErrors';
import { desktopFiles } from './en/desktopFiles';
import { schemaIssues } from './en/schemaIssues';
import { syncFiles } from './en/syncFiles';

/** Each area's messages, in their own file under en/ so that screens can grow their own without touching others'. */
export const enAreas = [
  app,
  widgets,
  capture,
  community,
  report,
  findings,
  projects,
  sessions,
  setup,
  participants,
  agreement,
  deck,
  memos,
  workbook,
  plan,
  saidDid,
  cli,
  refi,
  board,
  sync,
  syncStatus,
  importNotes,
  photos,
  coverage,
  mapping,
  exportSteps,
  findingCards,
  workshop,
  commands,
  similarity,
  syncRun,
  photoChecks,
  files,
  csvReader,
  readers,
  dataErrors,
  desktopFiles,
  schemaIssues,
  syncFiles,
];

/** One catalogue joins the areas; an id defined in two areas would silently shadow, which `catalogue.test.ts` rules out. */
export const en = {
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
