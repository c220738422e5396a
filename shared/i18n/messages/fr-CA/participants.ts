/** Canadian French messages: participants. */
import type { participants as en } from '../en/participants';

export const participants: Record<keyof typeof en, string> = {
  'participants.heading': 'Participants',
  'participants.intro':
    'Les personnes qui prennent la parole sont notées par un code ({prefix}1, {prefix}2, …), jamais par leur nom. Pendant la saisie, Alt+1 … Alt+9 choisit ou ajoute une personne.',
  'participants.tableCaption': 'Participants et leurs caractéristiques',
  'participants.code': 'Code',
  'participants.ageBand': 'Tranche d’âge',
  'participants.group': 'Groupe',
  'participants.consent': 'Consentement',
  'participants.actions': 'Actions',
  'participants.notRecorded': '(non consigné)',
  'participants.ageBandOf': 'Tranche d’âge de {code}',
  'participants.groupOf': 'Groupe de {code}',
  'participants.consentOf': 'Consentement de {code}',
  'participants.consentGiven': 'Donné',
  'participants.consentPending': 'En attente',
  'participants.consentSaved': 'Consentement enregistré',
  'participants.withdrawn': 'Retiré (notes effacées)',
  'participants.withdraw': 'Retirer le consentement…',
  'participants.withdrawOf': 'Retirer le consentement de {code}',
  'participants.attributeSaved': '{code} mis à jour',
  'participants.howMany': 'Combien',
  'participants.addSome': 'Ajouter des participants',
  'participants.addButton': '{count, plural, one {Ajouter {first}} other {Ajouter {first} … {last}}}',
  'participants.added':
    '{count, plural, one {Participant {first} ajouté} other {# participants ajoutés : {first} … {last}}}',
  'participants.addHint':
    'Ajoutez d’un coup les personnes présentes ; indiquez ensuite leur tranche d’âge et leur groupe dans le tableau.',
  'participants.countProblem': 'Entrez un nombre de 1 à {max, number}.',
  'consent.heading': 'Consignation du consentement',
  'consent.saved': 'Consentement consigné',
  'consent.method': 'Comment le consentement a été donné',
  'consent.notRecorded': 'Pas encore consigné',
  'consent.verbal': 'Verbalement, au début de la séance',
  'consent.written': 'Formulaires de consentement écrits',
  'consent.recordedBy': 'Consigné par',
  'consent.notes': 'Remarques sur le consentement',
  'consent.save': 'Enregistrer le consentement',
  // Retrait du consentement d’une personne
  'participants.withdrawTitle': 'Retirer le consentement de {code} ?',
  'participants.withdrawConfirm': 'Retirer et effacer les notes de {code}',
  'participants.withdrawDone':
    '{code} retiré ; {count, plural, one {# note effacée} other {# notes effacées}} pour toujours',
  'participants.withdrawWhat':
    '{known, select, yes {Cela efface {count, plural, one {la note attribuée} other {les # notes attribuées}} à {code}, ici et sur chaque appareil qui synchronise ce projet — y compris les notes qu’un autre appareil ajoutera plus tard pour {code}.} other {Cela efface toutes les notes attribuées à {code}, ici et sur chaque appareil qui synchronise ce projet — y compris les notes qu’un autre appareil ajoutera plus tard pour {code}.}} Ses paroles quittent les notes, l’historique, l’annulation et le dossier partagé.',
  'participants.withdrawFinal': 'Cela ne peut pas être annulé.',
};
