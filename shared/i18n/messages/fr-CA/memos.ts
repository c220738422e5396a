/** Canadian French messages: memos. */
import type { memos as en } from '../en/memos';

export const memos: Record<keyof typeof en, string> = {
  // Mémos sur le projet, les thèmes, les notes et les séances
  'memos.you': 'vous (cet appareil)',
  'memos.title': 'Titre (facultatif)',
  'memos.text': 'Mémo',
  'memos.help':
    'Votre propre analyse, jamais citée comme les propos d’une personne participante. Ctrl+Entrée enregistre.',
  'memos.empty': 'Écrivez le mémo avant de l’enregistrer.',
  'memos.newForm': 'Nouveau mémo',
  'memos.editForm': 'Modifier le mémo',
  'memos.save': 'Enregistrer le mémo',
  'memos.saveEdit': 'Enregistrer les modifications',
  'memos.cancelEdit': 'Annuler la modification',
  'memos.added': 'Mémo enregistré',
  'memos.saved': 'Modifications du mémo enregistrées',
  'memos.deleted': 'Mémo supprimé (Ctrl+Z pour annuler)',
  'memos.none': 'Aucun mémo pour l’instant.',
  'memos.untitled': 'Mémo sans titre',
  'memos.byline': 'Par {author}, {date}',
  'memos.edited': 'modifié le {date}',
  'memos.edit': 'Modifier',
  'memos.editNamed': 'Modifier le mémo {name}',
  'memos.delete': 'Supprimer',
  'memos.deleteNamed': 'Supprimer le mémo {name}',
  'memos.written': '{count, plural, =0 {Mémos} one {# mémo} other {# mémos}}',
  'memos.reading': 'Lecture des mémos…',
  'memos.close': 'Fermer',
  'memos.dialog.theme': 'Mémos sur le thème « {name} »',
  'memos.dialog.note': 'Mémos sur la note « {name} »',
  'memos.dialog.session': 'Mémos sur la séance « {name} »',
  'memos.dialog.intro':
    'Ce que vous en tirez : tendances, doutes, questions pour l’équipe. Les mémos ne sortent que dans les exportations qui les contiennent.',
  'memos.project.heading': 'Mémos',
  'memos.project.intro':
    'Les mémos sur l’ensemble du projet et, en dessous, tous les mémos écrits sur ses thèmes, ses notes et ses séances.',
  'memos.about.project': 'Sur le projet',
  'memos.about.theme': 'Sur le thème « {name} »',
  'memos.about.note': 'Sur la note « {name} »',
  'memos.about.session': 'Sur la séance « {name} »',
  'memos.about.gone': '(n’est plus affiché)',
};
