/** Canadian French messages: wall photos, their text recognition and the review of the lines read. */
import type { photos as en } from '../en/photos';

export const photos: Record<keyof typeof en, string> = {
  // Le panneau des photos de la séance
  'photos.heading': 'Photos des murs',
  'photos.list': 'Photos de cette séance',
  'photos.language': 'Le texte des photos est en',
  'photos.language.eng': 'anglais',
  'photos.language.fra': 'français',
  'photos.recognitionNote':
    'La reconnaissance se fait sur cet ordinateur. Elle lit mieux l’imprimé et les lettres moulées ; l’écriture à la main pourrait devoir être corrigée.',
  'photos.removed': 'Photo retirée (Ctrl+Z la ramène)',
  'photos.erased': 'Photo effacée définitivement',
  // Joindre
  'photos.attach': 'Joindre des photos…',
  'photos.attach.hint':
    'ou déposez ici des photos de tableaux de conférence et de murs de papillons adhésifs. Le lieu et les détails de l’appareil sont retirés.',
  'photos.attach.files': 'Fichiers de photos',
  'photos.attach.onlyPhotos': 'Seules des photos peuvent être jointes ici (JPEG, PNG ou WebP).',
  'photos.attach.preparing': 'Préparation de la photo {number} sur {count}…',
  'photos.attach.done': 'Photo jointe ({width} × {height})',
  'photos.attach.failed': '{file} : {reason}',
  'photos.prepare.unreadable':
    'Ce fichier n’a pas pu être lu comme une image (JPEG, PNG ou WebP). Il est peut-être endommagé.',
  'photos.prepare.noCanvas': 'Cet ordinateur n’a pas pu préparer la photo (aucun canevas).',
  'photos.prepare.tooLarge': 'Cette photo dépasse {megabytes, number} Mo même compressée ; recadrez-la et réessayez.',
  // Une photo de la bande
  'photos.item.alt': 'Photo {number} : {caption}',
  'photos.item.altPlain': 'Photo {number} : photo du mur',
  'photos.item.size': 'Photo {number} · {width} × {height}',
  'photos.read': 'Lire le texte',
  'photos.readNamed': 'Lire le texte de la photo {number}',
  'photos.remove': 'Retirer',
  'photos.removeNamed': 'Retirer la photo {number}',
  'photos.erase': 'Effacer définitivement…',
  'photos.eraseNamed': 'Effacer définitivement… (photo {number})',
  'photos.erase.title': 'Effacer définitivement la photo {number} ?',
  'photos.erase.confirm': 'Effacer définitivement',
  'photos.erase.why':
    'Une personne pourrait être reconnaissable sur une photo du mur. L’effacement retire cette photo de cet ordinateur, de son historique et de l’annulation, ainsi que de chaque appareil et paquet vers lequel elle se synchronise ensuite. Les notes tapées à partir d’elle gardent leurs mots et perdent leur lien avec elle. Cette action est irréversible.',
  // Reconnaissance
  'photos.stage.starting': 'Démarrage de la reconnaissance du texte…',
  'photos.stage.language': 'Chargement de la langue…',
  'photos.stage.reading': 'Lecture de la photo…',
  'photos.stage.working': 'Traitement…',
  'photos.read.found': '{count, plural, one {# ligne lue ; vérifiez-la.} other {# lignes lues ; vérifiez-les.}}',
  'photos.read.none': 'Aucun texte trouvé sur cette photo.',
  'photos.read.failed': 'La reconnaissance du texte a échoué : {reason}',
  // Révision des lignes lues
  'photos.review.region': 'Réviser les lignes reconnues',
  'photos.review.heading': 'Lignes lues sur la photo',
  'photos.review.close': 'Fermer la révision',
  'photos.review.photoAlt': 'La photo en cours de révision',
  'photos.review.help':
    'Entrée fait d’une ligne une note · F2 la modifie · Suppr l’écarte · ↑ ↓ pour se déplacer. L’écriture à la main pourrait devoir être corrigée : comparez chaque ligne à la photo.',
  'photos.review.empty': 'Plus aucune ligne à réviser.',
  'photos.review.list': 'Lignes reconnues',
  'photos.review.row': '{text}, confiance {confidence} %',
  'photos.review.confidence': '{confidence} %',
  'photos.review.check': 'vérifiez cette ligne',
  'photos.review.confirm': 'Confirmer',
  'photos.review.edit': 'Modifier',
  'photos.review.drop': 'Écarter',
  'photos.review.editor': 'Texte de la ligne (Entrée l’enregistre comme note, Échap annule)',
  'photos.review.noteAdded': 'Note ajoutée à partir de la photo',
  'photos.review.dropped': 'Ligne écartée : « {text} »',
  // La bande de photos du tableau
  'photos.strip': 'Photos des murs',
  'photos.strip.photo': 'Photo du mur {number}',
  'photos.strip.sessionPhoto': 'Photo du mur {number} de {session}',
  'photos.strip.open': '{label} : ouvrez la séance pour lire son texte',
};
