/**
 * The language the CLI speaks (architecture: Languages): `--lang en|fr-CA` anywhere on the command line, else
 * FIELDNOTES_LANG, else the system's locale for messages (LC_ALL, LC_MESSAGES, LANG, the first one set: French when
 * it starts with `fr`), else English. The reports it writes follow `--lang` or FIELDNOTES_LANG, the two choices
 * made for Fieldnotes itself; a terminal's locale alone does not change a file the team hands on.
 */
import { DEFAULT_LOCALE, parseLocale, type Locale } from '../../shared/i18n/locales';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface LanguageChoice {
  /** The language of what the CLI prints. */
  locale: Locale;
  /** The language chosen for the reports, when one was chosen for Fieldnotes (not only for the terminal). */
  reportLocale: Locale | null;
  /** The arguments with `--lang` and its value taken out, for the command's own parser. */
  args: string[];
  /** A `--lang` value that is not a language Fieldnotes speaks, as given. */
  unknown: string | null;
}

/** The system's locale for messages, as POSIX orders the variables: the first one set decides. */
function systemLocale(env: Environment): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return tag?.toLowerCase().startsWith('fr') ? 'fr-CA' : DEFAULT_LOCALE;
}

export function chooseLanguage(argv: readonly string[], env: Environment): LanguageChoice {
  const args: string[] = [];
  let given: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // After `--` everything is a file name, even one called --lang.
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') given = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
    else args.push(arg);
  }
  const chosen = given === null ? null : parseLocale(given);
  const fromEnv = env.FIELDNOTES_LANG ? parseLocale(env.FIELDNOTES_LANG) : null;
  return {
    locale: chosen ?? fromEnv ?? systemLocale(env),
    reportLocale: chosen ?? fromEnv,
    args,
    unknown: given !== null && chosen === null ? given : null,
  };
}
