/** Dutch. */
import type {Messages} from '../messages.js';

export const messages: Messages = {
  countNone: 'Nog geen reacties',
  count: {one: '{count} reactie', other: '{count} reacties'},
  retry: 'Opnieuw proberen',
  commentsLabel: 'Reacties',
  loadingComments: 'Reacties laden…',
  loadErrorNetwork:
    'De reactieserver is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  loadErrorTimeout:
    'De reactieserver deed er te lang over om te antwoorden. Probeer het zo meteen opnieuw.',
  loadErrorServer: 'Er ging iets mis bij de reactieserver. Probeer het zo meteen opnieuw.',
  loadErrorRateLimited:
    'De reactieserver krijgt te veel verzoeken. Wacht even en probeer het dan opnieuw.',
  loadErrorForbidden: 'De reactieserver levert geen reacties aan deze website.',
  loadErrorNotFound: 'De reactieserver herkent dit adres niet. Controleer het endpoint.',
  loadErrorInvalid: 'De reactieserver heeft het verzoek voor deze discussie geweigerd.',
  loadErrorOther: 'Er ging iets mis bij het laden van de reacties.',
  configErrorNoBackend:
    'Deze reactiesectie heeft geen backend: geef haar een endpoint-attribuut of wijs een adapter toe.',
  configErrorNoEndpoint: 'De adapter ‘{adapter}’ heeft een endpoint-attribuut nodig.',
  configErrorUnknownAdapter:
    'Er bestaat geen adapter ‘{adapter}’. Gebruik rest, wordpress, local of memory.',
  posted: 'Reactie geplaatst.',
  postedPending: 'Bedankt. Uw reactie wacht op goedkeuring.',

  emptyPrompt: 'Laat als eerste weten wat u ervan vindt.',
  sortLabel: 'Sorteren',
  sortOldest: 'Oudste eerst',
  sortNewest: 'Nieuwste eerst',
  replyButton: 'Reageren',
  replyButtonLabel: 'Reageren op {name}',
  inReplyTo: 'Als reactie op {name}',
  inReplyToHidden: 'Als reactie op een reactie die niet wordt getoond',
  inReplyToDeleted: 'Als reactie op een verwijderde reactie',
  anonymous: 'Anoniem',
  deletedComment: 'Deze reactie is verwijderd.',
  awaitingModeration: 'Uw reactie wacht op goedkeuring.',
  sendingComment: 'Verzenden…',
  showReplies: {one: '{count} antwoord tonen', other: '{count} antwoorden tonen'},
  hideReplies: 'Antwoorden verbergen',
  moreReplies: {one: 'Nog {count} antwoord tonen', other: 'Nog {count} antwoorden tonen'},
  loadMore: 'Meer reacties laden',
  loadingMore: 'Laden…',
  newComments: {one: '{count} nieuwe reactie tonen', other: '{count} nieuwe reacties tonen'},
  announceLoaded: {one: '{count} reactie geladen.', other: '{count} reacties geladen.'},
  announceNew: {
    one: 'Er is {count} nieuwe reactie.',
    other: 'Er zijn {count} nieuwe reacties.',
  },
  announceRevealed: {
    one: '{count} nieuwe reactie wordt getoond.',
    other: '{count} nieuwe reacties worden getoond.',
  },
  loadMoreError: 'Er konden geen reacties meer worden geladen.',
  repliesError: 'Deze antwoorden konden niet worden geladen.',
  liveUnavailable: 'Live-updates staan uit; laad de pagina opnieuw om nieuwe reacties te zien.',

  formTitle: 'Laat een reactie achter',
  replyingTo: 'Antwoord aan {name}',
  replyingToComment: 'Antwoord op een reactie',
  cancelReply: 'Antwoord annuleren',
  commentLabel: 'Reactie',
  nameLabel: 'Naam',
  emailLabel: 'E-mail',
  emailNote: 'Wordt nooit openbaar getoond.',
  websiteLabel: 'Website',
  optionalField: '(optioneel)',
  commentingAs: 'U reageert als {name}',
  rememberMe:
    'Mijn naam, e-mailadres en website in deze browser bewaren voor de volgende keer dat ik reageer.',
  honeypotLabel: 'Laat dit veld leeg',
  submit: 'Reactie plaatsen',
  submitting: 'Plaatsen…',
  submitHint: 'Met Ctrl+Enter (⌘+Enter op een Mac) plaatst u vanuit het reactieveld.',
  errorBodyMissing: 'Schrijf eerst uw reactie.',
  errorBodyTooLong:
    'Uw reactie is {count} tekens lang en de limiet is {max}. Maak haar wat korter.',
  errorNameMissing: 'Vul uw naam in.',
  errorNameTooLong: 'Kort uw naam in tot maximaal {max} tekens.',
  errorEmailMissing: 'Vul uw e-mailadres in.',
  errorEmailInvalid: 'Vul een e-mailadres in zoals naam@example.com.',
  errorEmailTooLong: 'Gebruik een e-mailadres van maximaal {max} tekens.',
  errorUrlInvalid: 'Vul een webadres in dat begint met http:// of https://, of laat het veld leeg.',
  errorUrlTooLong: 'Gebruik een webadres van maximaal {max} tekens.',
  errorFieldRejected: '{reason}',
  errorRejected: 'De website heeft deze reactie niet geaccepteerd: {reason}',
  errorNetwork:
    'Uw reactie kon niet worden verzonden. Controleer uw verbinding en probeer het opnieuw.',
  errorRateLimited: {
    one: 'U plaatst te snel achter elkaar; probeer het over {count} seconde opnieuw.',
    other: 'U plaatst te snel achter elkaar; probeer het over {count} seconden opnieuw.',
  },
  errorRateLimitedSoon: 'U plaatst te snel achter elkaar; wacht even en probeer het opnieuw.',
  errorDuplicate: 'Het lijkt erop dat u deze reactie al hebt geplaatst.',
  errorClosed: 'Reageren is niet meer mogelijk.',
  errorForbidden:
    'Deze website accepteert geen reacties die vanaf deze pagina worden verstuurd. Klopt dat volgens u niet, laat het de beheerder van de website dan weten.',
  errorParentGone:
    'De reactie waarop u antwoordt, bestaat niet meer. Annuleer het antwoord om een losse reactie te plaatsen.',
  errorNotConfigured:
    'Dit formulier is niet gekoppeld aan een reactiedienst en kan dus niets plaatsen.',
  leaveReply: 'Laat een reactie achter',
  writeNewComment: 'Liever een nieuwe reactie schrijven',
};
