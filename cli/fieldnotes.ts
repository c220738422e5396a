/**
 * The `fieldnotes` bin: the PMT's batch work (architecture: Layers) over the same shared/ core as the app.
 * Built by scripts/build-cli.mjs into out/cli/fieldnotes.mjs.
 */
import { COMMANDS } from './commands';
import { dispatch } from './dispatch';

const code = await dispatch(process.argv.slice(2), COMMANDS, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
