/** German. */
import type {Messages} from '../messages.js';

export const messages: Messages = {
  countNone: 'Noch keine Kommentare',
  count: {one: '{count} Kommentar', other: '{count} Kommentare'},
  retry: 'Erneut versuchen',
  commentsLabel: 'Kommentare',
  loadingComments: 'Kommentare werden geladen …',
  loadErrorNetwork:
    'Der Kommentarserver ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  loadErrorTimeout:
    'Der Kommentarserver hat zu lange nicht geantwortet. Bitte versuchen Sie es gleich noch einmal.',
  loadErrorServer:
    'Beim Kommentarserver ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  loadErrorRateLimited:
    'Der Kommentarserver erhält gerade zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
  loadErrorForbidden: 'Der Kommentarserver stellt für diese Website keine Kommentare bereit.',
  loadErrorNotFound:
    'Der Kommentarserver kennt diese Adresse nicht. Bitte prüfen Sie den Endpunkt.',
  loadErrorInvalid: 'Der Kommentarserver hat die Anfrage für diese Diskussion abgelehnt.',
  loadErrorOther: 'Beim Laden der Kommentare ist etwas schiefgegangen.',
  configErrorNoBackend:
    'Dieser Kommentarbereich hat kein Backend: Geben Sie ihm ein endpoint-Attribut oder weisen Sie einen Adapter zu.',
  configErrorNoEndpoint: 'Der Adapter „{adapter}“ benötigt ein endpoint-Attribut.',
  configErrorUnknownAdapter:
    'Einen Adapter „{adapter}“ gibt es nicht. Verwenden Sie rest, wordpress, local oder memory.',
  posted: 'Kommentar veröffentlicht.',
  postedPending: 'Vielen Dank. Ihr Kommentar wird noch geprüft.',
  queuedNotice: 'Gespeichert. Ihr Kommentar wird gesendet, sobald Sie wieder online sind.',

  threadClosed: 'Die Kommentarfunktion ist geschlossen.',
  emptyPrompt: 'Schreiben Sie als Erste oder Erster, was Sie denken.',
  sortLabel: 'Sortieren',
  sortOldest: 'Älteste zuerst',
  sortNewest: 'Neueste zuerst',
  sortTop: 'Beliebteste',
  editedMark: 'bearbeitet',
  editedAt: 'Bearbeitet am {time}',
  editButton: 'Bearbeiten',
  deleteButton: 'Löschen',
  deleteQuestion: 'Ihren Kommentar löschen? Das lässt sich nicht rückgängig machen.',
  deleteKeep: 'Behalten',
  voteUp: {one: 'Positiv bewerten, {count} Stimme', other: 'Positiv bewerten, {count} Stimmen'},
  voteDown: {one: 'Negativ bewerten, {count} Stimme', other: 'Negativ bewerten, {count} Stimmen'},
  announceEdited: 'Ihr Kommentar wurde gespeichert.',
  announceDeleted: 'Ihr Kommentar wurde gelöscht.',
  deleteError:
    'Ihr Kommentar konnte nicht gelöscht werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  voteError:
    'Ihre Stimme konnte nicht gezählt werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  voteRateLimited: {
    one: 'Sie stimmen zu schnell ab; versuchen Sie es in {count} Sekunde erneut.',
    other: 'Sie stimmen zu schnell ab; versuchen Sie es in {count} Sekunden erneut.',
  },
  replyButton: 'Antworten',
  replyButtonLabel: '{name} antworten',
  inReplyTo: 'Antwort auf {name}',
  inReplyToHidden: 'Antwort auf einen nicht angezeigten Kommentar',
  inReplyToDeleted: 'Antwort auf einen gelöschten Kommentar',
  anonymous: 'Anonym',
  deletedComment: 'Dieser Kommentar wurde gelöscht.',
  verifiedAuthor: 'Verifiziert',
  awaitingModeration: 'Ihr Kommentar wird noch geprüft.',
  sendingComment: 'Wird gesendet …',
  queuedComment: 'Wird gesendet, sobald Sie wieder online sind.',
  showReplies: {one: '{count} Antwort anzeigen', other: '{count} Antworten anzeigen'},
  hideReplies: 'Antworten ausblenden',
  moreReplies: {
    one: '{count} weitere Antwort anzeigen',
    other: '{count} weitere Antworten anzeigen',
  },
  loadMore: 'Weitere Kommentare laden',
  loadingMore: 'Wird geladen …',
  newComments: {one: '{count} neuen Kommentar anzeigen', other: '{count} neue Kommentare anzeigen'},
  announceLoaded: {one: '{count} Kommentar geladen.', other: '{count} Kommentare geladen.'},
  announceNew: {
    one: '{count} neuer Kommentar ist verfügbar.',
    other: '{count} neue Kommentare sind verfügbar.',
  },
  announceRevealed: {
    one: '{count} neuer Kommentar wird angezeigt.',
    other: '{count} neue Kommentare werden angezeigt.',
  },
  loadMoreError: 'Weitere Kommentare konnten nicht geladen werden.',
  repliesError: 'Diese Antworten konnten nicht geladen werden.',
  liveUnavailable:
    'Live-Aktualisierungen sind aus. Laden Sie die Seite neu, um neue Kommentare zu sehen.',
  commentAria: 'Kommentar von {name}, {time}',
  replyAria: '{name}, {time}, Antwort auf {parent}, Ebene {level}',
  keysTitle: 'Tastenkürzel',
  keysIntro:
    'Wenn ein Kommentar den Fokus hat (mit Tab zu einem seiner Links oder Schaltflächen wechseln):',
  keysNext: 'J: nächster Kommentar',
  keysPrevious: 'K: vorheriger Kommentar',
  keysReply: 'R: auf den Kommentar antworten',
  keysToggle: 'C: seine Antworten ein- oder ausblenden',
  keysEscape: 'Esc im Antwortformular: Antwort abbrechen',

  formTitle: 'Kommentar schreiben',
  replyingTo: 'Antwort an {name}',
  replyingToComment: 'Antwort auf einen Kommentar',
  cancelReply: 'Antwort abbrechen',
  editTitle: 'Kommentar bearbeiten',
  saveEdit: 'Speichern',
  savingEdit: 'Wird gespeichert …',
  cancelEdit: 'Abbrechen',
  errorEditClosed:
    'Die Zeit zum Bearbeiten dieses Kommentars ist abgelaufen. Ihr Text bleibt hier zum Kopieren stehen.',
  errorEditGone: 'Diesen Kommentar gibt es nicht mehr. Ihr Text bleibt hier zum Kopieren stehen.',
  errorEditNetwork:
    'Ihre Änderungen konnten nicht gespeichert werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  commentLabel: 'Kommentar',
  nameLabel: 'Name',
  emailLabel: 'E-Mail',
  emailNote: 'Wird nie öffentlich angezeigt.',
  websiteLabel: 'Website',
  optionalField: '(optional)',
  commentingAs: 'Sie kommentieren als {name}',
  signOut: 'Abmelden',
  rememberMe:
    'Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für den nächsten Kommentar speichern.',
  notifyReplies: 'Per E-Mail über Antworten benachrichtigen',
  honeypotLabel: 'Dieses Feld bitte leer lassen',
  submit: 'Kommentar abschicken',
  submitting: 'Wird veröffentlicht …',
  submitHint: 'Mit Strg+Enter (⌘+Enter am Mac) senden Sie direkt aus dem Kommentarfeld.',
  errorBodyMissing: 'Bitte schreiben Sie zuerst Ihren Kommentar.',
  errorBodyTooLong:
    'Ihr Kommentar hat {count} Zeichen, erlaubt sind höchstens {max}. Bitte kürzen Sie ihn.',
  errorNameMissing: 'Bitte geben Sie Ihren Namen ein.',
  errorNameTooLong: 'Bitte kürzen Sie Ihren Namen auf höchstens {max} Zeichen.',
  errorEmailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  errorEmailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  errorEmailTooLong: 'Bitte verwenden Sie eine E-Mail-Adresse mit höchstens {max} Zeichen.',
  errorUrlInvalid:
    'Bitte geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt, oder lassen Sie das Feld leer.',
  errorUrlTooLong: 'Bitte verwenden Sie eine Webadresse mit höchstens {max} Zeichen.',
  errorFieldRejected: '{reason}',
  errorRejected: 'Die Website hat diesen Kommentar nicht angenommen: {reason}',
  errorNetwork:
    'Ihr Kommentar konnte nicht gesendet werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorRateLimited: {
    one: 'Sie schreiben zu schnell. Bitte versuchen Sie es in {count} Sekunde erneut.',
    other: 'Sie schreiben zu schnell. Bitte versuchen Sie es in {count} Sekunden erneut.',
  },
  errorRateLimitedSoon:
    'Sie schreiben zu schnell. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  errorDuplicate: 'Diesen Kommentar haben Sie offenbar bereits abgeschickt.',
  errorClosed: 'Die Kommentarfunktion ist geschlossen.',
  errorForbidden:
    'Diese Website nimmt keine Kommentare von dieser Seite an. Falls das ein Fehler ist, informieren Sie bitte die Betreiber der Website.',
  errorSignIn:
    'Ihre Anmeldung konnte nicht verwendet werden (sie ist vielleicht abgelaufen). Laden Sie die Seite neu, um sich wieder anzumelden; Ihr Kommentar bleibt erhalten.',
  errorParentGone:
    'Der Kommentar, auf den Sie antworten, ist nicht mehr vorhanden. Brechen Sie die Antwort ab, um einen eigenen Kommentar zu veröffentlichen.',
  errorNotConfigured:
    'Dieses Formular ist mit keinem Kommentardienst verbunden und kann daher nichts senden.',
  leaveReply: 'Kommentar schreiben',
  writeNewComment: 'Stattdessen einen neuen Kommentar schreiben',

  quoteButton: 'Zitieren',
  quoteButtonLabel: '{name} zitieren',
  writeTab: 'Schreiben',
  previewTab: 'Vorschau',
  previewEmpty: 'Noch nichts für die Vorschau.',
  formattingHelp: 'Formatierung',
  formatItalic: 'kursiv',
  formatBold: 'fett',
  formatCode: 'Code',
  formatCodeBlock: 'eine Zeile ``` vor und nach einem Codeblock',
  formatQuote: 'Zitat',
  formatListItem: 'Listenpunkt',
  formatLink: 'Link',
};
