/** Canadian French messages: commands (what each write is called on the undo stack). */
import type { commands as en } from '../en/commands';

export const commands: Record<keyof typeof en, string> = {
  // Notes
  'commands.addNote': 'Ajouter la note',
  'commands.editNote': 'Modifier la note',
  'commands.flagNote': 'Marquer la note',
  'commands.deleteNote': 'Supprimer la note',
  'commands.eraseNote': 'Effacer la note',
  'commands.restoreNote': 'Restaurer la note',
  'commands.importNotes': 'Importer {count, plural, one {# note} other {# notes}}',

  // Le tableau
  'commands.moveNotes': '{count, plural, one {Déplacer la note} other {Déplacer # notes}}',
  'commands.moveNotesToTheme':
    '{count, plural, one {Déplacer la note} other {Déplacer # notes}} vers le thème « {name} »',
  'commands.removeNotesFromTheme': '{count, plural, one {Retirer la note} other {Retirer # notes}} du thème',
  'commands.linkNotesToTheme': '{count, plural, one {Lier la note} other {Lier # notes}} au thème « {name} »',
  'commands.unlinkNotesFromTheme': '{count, plural, one {Délier la note} other {Délier # notes}} du thème « {name} »',
  'commands.createTheme': 'Créer le thème « {name} »',
  'commands.renameTheme': 'Renommer le thème en « {name} »',
  'commands.recolourTheme': 'Recolorer le thème',
  'commands.describeTheme': 'Décrire le thème',
  'commands.moveThemeFrame': 'Déplacer le cadre du thème',
  'commands.layOutTheme': 'Disposer le thème automatiquement',
  'commands.mergeThemes': 'Fusionner {count, plural, one {# thème} other {# thèmes}}',
  'commands.splitTheme': 'Détacher le thème « {name} »',
  'commands.nestTheme': 'Imbriquer le thème',
  'commands.unnestTheme': 'Remonter le thème au premier niveau',
  'commands.deleteTheme': 'Supprimer le thème',
  'commands.setThemeVotes': 'Modifier les votes du thème',
  'commands.acceptSuggestedTheme': 'Accepter le thème suggéré « {name} »',
  'commands.addVote': 'Ajouter un vote',
  'commands.removeVote': 'Retirer un vote',

  // Passes de codage
  'commands.startCoding': 'Commencer le codage en tant que {name}',
  'commands.codeNote': 'Coder la note',
  'commands.finishCoding': 'Terminer le codage',
  'commands.reopenCoding': 'Rouvrir le codage',

  // Constats, thèmes maîtres et plan
  'commands.addFindings': '{count, plural, one {Ajouter le constat} other {Ajouter # constats}}',
  'commands.editFinding': 'Modifier le constat',
  'commands.deleteFinding': 'Supprimer le constat',
  'commands.recordResponse': 'Consigner la réponse',
  'commands.clearResponse': 'Effacer la réponse',
  'commands.addMasterTheme': 'Ajouter un thème maître',
  'commands.mapThemes': '{count, plural, one {Associer le thème} other {Associer les thèmes}} à un thème maître',
  'commands.unmapThemes': '{count, plural, one {Dissocier le thème} other {Dissocier les thèmes}}',

  // Projets, guide et types de notes
  'commands.createProject': 'Créer le projet « {name} »',
  'commands.editProject': 'Modifier le projet',
  'commands.archiveProject': 'Archiver le projet',
  'commands.restoreProject': 'Restaurer le projet',
  'commands.addNoteKind': 'Ajouter un type de note',
  'commands.editNoteKind': 'Modifier le type de note',
  'commands.removeNoteKind': 'Retirer le type de note',
  'commands.reorderNoteKinds': 'Réordonner les types de notes',
  'commands.addQuestion': 'Ajouter la question',
  'commands.editQuestion': 'Modifier la question',
  'commands.reorderQuestions': 'Réordonner les questions',
  'commands.deleteQuestion': 'Supprimer la question',
  'commands.addGroup': 'Ajouter le groupe d’intérêt',
  'commands.editGroup': 'Modifier le groupe d’intérêt',
  'commands.deleteGroup': 'Supprimer le groupe d’intérêt',

  // Séances, personnes participantes et communautés
  'commands.createSession': 'Créer la séance',
  'commands.editSession': 'Modifier la séance',
  'commands.startSession': 'Commencer la séance',
  'commands.closeSession': 'Terminer la séance',
  'commands.replanSession': 'Replanifier la séance',
  'commands.deleteSession': 'Supprimer la séance',
  'commands.addParticipant': 'Ajouter une personne participante',
  'commands.addParticipants': 'Ajouter des personnes participantes',
  'commands.editParticipant': 'Modifier la personne participante',
  'commands.withdrawConsent': 'Retirer le consentement',
  'commands.eraseWithdrawn': 'Effacer les notes d’une personne qui a retiré son consentement',
  'commands.markCommunitySession': 'Marquer la séance comme tenue avec une communauté',
  'commands.unmarkCommunitySession': 'Ne plus marquer la séance comme tenue avec une communauté',
  'commands.recordCommunityApproval': 'Consigner l’approbation de la communauté',
  'commands.withdrawCommunityApproval': 'Retirer l’approbation de la communauté',
  'commands.refreshCommunityTallies': 'Mettre à jour les décomptes partagés par les communautés',

  // Mémos et photos
  'commands.addMemo': 'Ajouter le mémo',
  'commands.editMemo': 'Modifier le mémo',
  'commands.deleteMemo': 'Supprimer le mémo',
  'commands.attachPhoto': 'Joindre la photo',
  'commands.makePhotoThumbnail': 'Créer la vignette de la photo',
  'commands.removePhoto': 'Retirer la photo',
  'commands.erasePhoto': 'Effacer la photo',
  'commands.addNotesFromPhoto':
    '{count, plural, one {Ajouter la note tirée de la photo} other {Ajouter # notes tirées de la photo}}',
};
