/** Canadian French messages: csvReader (pourquoi un fichier CSV ne peut pas être lu comme un tableau). */
import type { csvReader as en } from '../en/csvReader';

export const csvReader: Record<keyof typeof en, string> = {
  'csvReader.atLine': 'ligne {line} : {problem}',
  'csvReader.control': 'caractère de contrôle inattendu {code} ; ce fichier ne semble pas être un fichier CSV en texte',
  'csvReader.width':
    '{expected, plural, one {# champ attendu} other {# champs attendus}}, {found, plural, one {# trouvé} other {# trouvés}}',
  'csvReader.afterQuote': '« {char} » inattendu après un guillemet fermant',
  'csvReader.unterminated': 'champ entre guillemets non terminé',
  'csvReader.empty': 'le fichier est vide',
  'csvReader.utf16':
    'le fichier est enregistré en UTF-16 (« texte Unicode »), que Fieldnotes ne lit pas ; enregistrez-le en UTF-8 (dans Excel : « CSV UTF-8 ») et réessayez',
};
