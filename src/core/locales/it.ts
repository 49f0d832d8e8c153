/** Italian. */
import type {Messages} from '../messages.js';

export const messages: Messages = {
  countNone: 'Ancora nessun commento',
  count: {one: '{count} commento', many: '{count} di commenti', other: '{count} commenti'},
  retry: 'Riprova',
  commentsLabel: 'Commenti',
  loadingComments: 'Caricamento dei commenti…',
  loadErrorNetwork:
    'Impossibile raggiungere il server dei commenti. Controlla la connessione e riprova.',
  loadErrorTimeout: 'Il server dei commenti ha impiegato troppo a rispondere. Riprova tra poco.',
  loadErrorServer: 'Il server dei commenti ha riscontrato un problema. Riprova tra poco.',
  loadErrorRateLimited:
    'Il server dei commenti sta ricevendo troppe richieste. Attendi un momento e riprova.',
  loadErrorForbidden: 'Il server dei commenti non fornisce commenti a questo sito.',
  loadErrorNotFound:
    'Il server dei commenti non ha riconosciuto questo indirizzo. Controlla l’endpoint.',
  loadErrorInvalid: 'Il server dei commenti ha rifiutato la richiesta per questa discussione.',
  loadErrorOther: 'Si è verificato un problema durante il caricamento dei commenti.',
  configErrorNoBackend:
    'Questa sezione dei commenti non ha un backend: aggiungi un attributo endpoint o assegna un adattatore.',
  configErrorNoEndpoint: 'L’adattatore «{adapter}» richiede un attributo endpoint.',
  configErrorUnknownAdapter:
    'Non esiste un adattatore «{adapter}». Usa rest, wordpress, local o memory.',
  posted: 'Commento pubblicato.',
  postedPending: 'Grazie. Il tuo commento è in attesa di moderazione.',

  emptyPrompt: 'Sii il primo a dire la tua.',
  sortLabel: 'Ordina',
  sortOldest: 'Prima i meno recenti',
  sortNewest: 'Prima i più recenti',
  replyButton: 'Rispondi',
  replyButtonLabel: 'Rispondi a {name}',
  inReplyTo: 'In risposta a {name}',
  inReplyToHidden: 'In risposta a un commento non visualizzato',
  inReplyToDeleted: 'In risposta a un commento eliminato',
  anonymous: 'Anonimo',
  deletedComment: 'Questo commento è stato eliminato.',
  awaitingModeration: 'Il tuo commento è in attesa di moderazione.',
  sendingComment: 'Invio in corso…',
  showReplies: {
    one: 'Mostra {count} risposta',
    many: 'Mostra {count} di risposte',
    other: 'Mostra {count} risposte',
  },
  hideReplies: 'Nascondi le risposte',
  moreReplies: {
    one: 'Mostra {count} altra risposta',
    many: 'Mostra altre {count} di risposte',
    other: 'Mostra altre {count} risposte',
  },
  loadMore: 'Carica altri commenti',
  loadingMore: 'Caricamento…',
  newComments: {
    one: 'Mostra {count} nuovo commento',
    many: 'Mostra {count} di nuovi commenti',
    other: 'Mostra {count} nuovi commenti',
  },
  announceLoaded: {
    one: '{count} commento caricato.',
    many: '{count} di commenti caricati.',
    other: '{count} commenti caricati.',
  },
  announceNew: {
    one: 'È disponibile {count} nuovo commento.',
    many: 'Sono disponibili {count} di nuovi commenti.',
    other: 'Sono disponibili {count} nuovi commenti.',
  },
  announceRevealed: {
    one: 'Viene mostrato {count} nuovo commento.',
    many: 'Vengono mostrati {count} di nuovi commenti.',
    other: 'Vengono mostrati {count} nuovi commenti.',
  },
  loadMoreError: 'Impossibile caricare altri commenti.',
  repliesError: 'Impossibile caricare queste risposte.',
  liveUnavailable:
    'Gli aggiornamenti in tempo reale sono disattivati; ricarica la pagina per vedere i nuovi commenti.',

  formTitle: 'Lascia un commento',
  replyingTo: 'Risposta a {name}',
  replyingToComment: 'Risposta a un commento',
  cancelReply: 'Annulla risposta',
  commentLabel: 'Commento',
  nameLabel: 'Nome',
  emailLabel: 'Email',
  emailNote: 'Non viene mai mostrata pubblicamente.',
  websiteLabel: 'Sito web',
  optionalField: '(facoltativo)',
  commentingAs: 'Stai commentando come {name}',
  rememberMe:
    'Salva il mio nome, l’email e il sito web in questo browser per il prossimo commento.',
  honeypotLabel: 'Lascia vuoto questo campo',
  submit: 'Pubblica il commento',
  submitting: 'Pubblicazione…',
  submitHint: 'Ctrl+Invio (⌘+Invio su Mac) pubblica direttamente dal campo del commento.',
  errorBodyMissing: 'Scrivi prima il tuo commento.',
  errorBodyTooLong:
    'Il tuo commento è lungo {count} caratteri e il limite è {max}. Accorcialo, per favore.',
  errorNameMissing: 'Inserisci il tuo nome.',
  errorNameTooLong: 'Accorcia il nome a un massimo di {max} caratteri.',
  errorEmailMissing: 'Inserisci il tuo indirizzo email.',
  errorEmailInvalid: 'Inserisci un indirizzo email come nome@example.com.',
  errorEmailTooLong: 'Usa un indirizzo email di massimo {max} caratteri.',
  errorUrlInvalid:
    'Inserisci un indirizzo web che inizi con http:// o https://, oppure lascia vuoto il campo.',
  errorUrlTooLong: 'Usa un indirizzo web di massimo {max} caratteri.',
  errorFieldRejected: '{reason}',
  errorRejected: 'Il sito non ha accettato questo commento: {reason}',
  errorNetwork: 'Impossibile inviare il commento. Controlla la connessione e riprova.',
  errorRateLimited: {
    one: 'Stai pubblicando troppo in fretta; riprova tra {count} secondo.',
    many: 'Stai pubblicando troppo in fretta; riprova tra {count} di secondi.',
    other: 'Stai pubblicando troppo in fretta; riprova tra {count} secondi.',
  },
  errorRateLimitedSoon: 'Stai pubblicando troppo in fretta; attendi un momento e riprova.',
  errorDuplicate: 'Sembra che tu abbia già pubblicato questo commento.',
  errorClosed: 'I commenti sono chiusi.',
  errorForbidden:
    'Questo sito non accetta commenti inviati da questa pagina. Se ti sembra un errore, avvisa il gestore del sito.',
  errorParentGone:
    'Il commento a cui stai rispondendo non c’è più. Annulla la risposta per pubblicare un nuovo commento.',
  errorNotConfigured:
    'Questo modulo non è collegato a un servizio di commenti, quindi non può pubblicare.',
  leaveReply: 'Lascia un commento',
  writeNewComment: 'Scrivi invece un nuovo commento',
};
