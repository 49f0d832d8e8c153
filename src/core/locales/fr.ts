/** French. */
import type {Messages} from '../messages.js';

export const messages: Messages = {
  countNone: 'Aucun commentaire pour le moment',
  count: {
    one: '{count} commentaire',
    many: '{count} de commentaires',
    other: '{count} commentaires',
  },
  retry: 'Réessayer',
  commentsLabel: 'Commentaires',
  loadingComments: 'Chargement des commentaires…',
  loadErrorNetwork:
    'Impossible de joindre le serveur de commentaires. Vérifiez votre connexion, puis réessayez.',
  loadErrorTimeout:
    'Le serveur de commentaires a mis trop de temps à répondre. Réessayez dans un instant.',
  loadErrorServer: 'Le serveur de commentaires a rencontré un problème. Réessayez dans un instant.',
  loadErrorRateLimited:
    'Le serveur de commentaires reçoit trop de demandes. Patientez un instant, puis réessayez.',
  loadErrorForbidden: 'Le serveur de commentaires ne fournit pas de commentaires à ce site.',
  loadErrorNotFound:
    'Le serveur de commentaires ne reconnaît pas cette adresse. Vérifiez le point d’accès.',
  loadErrorInvalid: 'Le serveur de commentaires a refusé la demande pour cette discussion.',
  loadErrorOther: 'Un problème est survenu pendant le chargement des commentaires.',
  configErrorNoBackend:
    'Cet espace de commentaires n’a pas de backend : ajoutez-lui un attribut endpoint ou attribuez-lui un adaptateur.',
  configErrorNoEndpoint: 'L’adaptateur « {adapter} » a besoin d’un attribut endpoint.',
  configErrorUnknownAdapter:
    'L’adaptateur « {adapter} » n’existe pas. Utilisez rest, wordpress, local ou memory.',
  posted: 'Commentaire publié.',
  postedPending: 'Merci. Votre commentaire est en attente de modération.',
  queuedNotice: 'Enregistré. Votre commentaire sera envoyé dès que vous serez de nouveau en ligne.',

  threadClosed: 'Les commentaires sont fermés.',
  emptyPrompt: 'Soyez le premier à donner votre avis.',
  sortLabel: 'Trier',
  sortOldest: 'Plus anciens d’abord',
  sortNewest: 'Plus récents d’abord',
  replyButton: 'Répondre',
  replyButtonLabel: 'Répondre à {name}',
  inReplyTo: 'En réponse à {name}',
  inReplyToHidden: 'En réponse à un commentaire non affiché',
  inReplyToDeleted: 'En réponse à un commentaire supprimé',
  anonymous: 'Anonyme',
  deletedComment: 'Ce commentaire a été supprimé.',
  verifiedAuthor: 'Vérifié',
  awaitingModeration: 'Votre commentaire est en attente de modération.',
  sendingComment: 'Envoi…',
  queuedComment: 'Sera envoyé dès que vous serez de nouveau en ligne.',
  showReplies: {
    one: 'Afficher {count} réponse',
    many: 'Afficher {count} de réponses',
    other: 'Afficher {count} réponses',
  },
  hideReplies: 'Masquer les réponses',
  moreReplies: {
    one: 'Afficher {count} réponse de plus',
    many: 'Afficher {count} de réponses de plus',
    other: 'Afficher {count} réponses de plus',
  },
  loadMore: 'Charger plus de commentaires',
  loadingMore: 'Chargement…',
  newComments: {
    one: 'Afficher {count} nouveau commentaire',
    many: 'Afficher {count} de nouveaux commentaires',
    other: 'Afficher {count} nouveaux commentaires',
  },
  announceLoaded: {
    one: '{count} commentaire chargé.',
    many: '{count} de commentaires chargés.',
    other: '{count} commentaires chargés.',
  },
  announceNew: {
    one: '{count} nouveau commentaire est disponible.',
    many: '{count} de nouveaux commentaires sont disponibles.',
    other: '{count} nouveaux commentaires sont disponibles.',
  },
  announceRevealed: {
    one: 'Affichage de {count} nouveau commentaire.',
    many: 'Affichage de {count} de nouveaux commentaires.',
    other: 'Affichage de {count} nouveaux commentaires.',
  },
  loadMoreError: 'Impossible de charger plus de commentaires.',
  repliesError: 'Impossible de charger ces réponses.',
  liveUnavailable:
    'Les mises à jour en direct sont désactivées ; rechargez la page pour voir les nouveaux commentaires.',
  commentAria: '{name}, {time}',
  replyAria: '{name}, {time}, réponse à {parent}, niveau {level}',
  keysTitle: 'Raccourcis clavier',
  keysIntro: 'Lorsqu’un commentaire a le focus (Tab jusqu’à l’un de ses liens ou boutons) :',
  keysNext: 'J : commentaire suivant',
  keysPrevious: 'K : commentaire précédent',
  keysReply: 'R : répondre au commentaire',
  keysToggle: 'C : afficher ou masquer ses réponses',
  keysEscape: 'Échap, dans le formulaire de réponse : annuler la réponse',

  formTitle: 'Laisser un commentaire',
  replyingTo: 'Réponse à {name}',
  replyingToComment: 'Réponse à un commentaire',
  cancelReply: 'Annuler la réponse',
  commentLabel: 'Commentaire',
  nameLabel: 'Nom',
  emailLabel: 'E-mail',
  emailNote: 'Jamais affiché publiquement.',
  websiteLabel: 'Site web',
  optionalField: '(facultatif)',
  commentingAs: 'Vous commentez en tant que {name}',
  signOut: 'Se déconnecter',
  rememberMe:
    'Enregistrer mon nom, mon e-mail et mon site web dans ce navigateur pour mon prochain commentaire.',
  notifyReplies: 'Me prévenir des réponses par e-mail',
  honeypotLabel: 'Laissez ce champ vide',
  submit: 'Publier le commentaire',
  submitting: 'Publication…',
  submitHint: 'Ctrl+Entrée (⌘+Entrée sur Mac) publie depuis la zone de commentaire.',
  errorBodyMissing: 'Veuillez d’abord écrire votre commentaire.',
  errorBodyTooLong:
    'Votre commentaire compte {count} caractères et la limite est de {max}. Veuillez le raccourcir.',
  errorNameMissing: 'Veuillez indiquer votre nom.',
  errorNameTooLong: 'Veuillez raccourcir votre nom à {max} caractères au maximum.',
  errorEmailMissing: 'Veuillez indiquer votre adresse e-mail.',
  errorEmailInvalid: 'Veuillez indiquer une adresse e-mail du type nom@example.com.',
  errorEmailTooLong: 'Veuillez utiliser une adresse e-mail de {max} caractères au maximum.',
  errorUrlInvalid:
    'Veuillez indiquer une adresse web commençant par http:// ou https://, ou laisser ce champ vide.',
  errorUrlTooLong: 'Veuillez utiliser une adresse web de {max} caractères au maximum.',
  errorFieldRejected: '{reason}',
  errorRejected: 'Le site n’a pas accepté ce commentaire : {reason}',
  errorNetwork: 'Impossible d’envoyer votre commentaire. Vérifiez votre connexion, puis réessayez.',
  errorRateLimited: {
    one: 'Vous publiez trop vite ; réessayez dans {count} seconde.',
    many: 'Vous publiez trop vite ; réessayez dans {count} de secondes.',
    other: 'Vous publiez trop vite ; réessayez dans {count} secondes.',
  },
  errorRateLimitedSoon: 'Vous publiez trop vite ; patientez un instant, puis réessayez.',
  errorDuplicate: 'Il semble que vous ayez déjà publié ce commentaire.',
  errorClosed: 'Les commentaires sont fermés.',
  errorForbidden:
    'Ce site n’accepte pas les commentaires envoyés depuis cette page. Si cela vous semble anormal, prévenez le responsable du site.',
  errorSignIn:
    'Votre connexion n’a pas pu être utilisée (elle a peut-être expiré). Rechargez la page pour vous reconnecter ; votre commentaire reste ici.',
  errorParentGone:
    'Le commentaire auquel vous répondez n’existe plus. Annulez la réponse pour publier un nouveau commentaire.',
  errorNotConfigured:
    'Ce formulaire n’est relié à aucun service de commentaires : il ne peut rien publier.',
  leaveReply: 'Laisser un commentaire',
  writeNewComment: 'Écrire plutôt un nouveau commentaire',
};
