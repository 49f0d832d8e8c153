/** Spanish. */
import type {Messages} from '../messages.js';

export const messages: Messages = {
  countNone: 'Todavía no hay comentarios',
  count: {
    one: '{count} comentario',
    many: '{count} de comentarios',
    other: '{count} comentarios',
  },
  retry: 'Reintentar',
  commentsLabel: 'Comentarios',
  loadingComments: 'Cargando comentarios…',
  loadErrorNetwork:
    'No se pudo conectar con el servidor de comentarios. Compruebe su conexión y vuelva a intentarlo.',
  loadErrorTimeout:
    'El servidor de comentarios tardó demasiado en responder. Vuelva a intentarlo en un momento.',
  loadErrorServer:
    'El servidor de comentarios tuvo un problema. Vuelva a intentarlo en un momento.',
  loadErrorRateLimited:
    'El servidor de comentarios está recibiendo demasiadas solicitudes. Espere un momento y vuelva a intentarlo.',
  loadErrorForbidden: 'El servidor de comentarios no ofrece comentarios a este sitio.',
  loadErrorNotFound:
    'El servidor de comentarios no reconoce esta dirección. Compruebe el endpoint.',
  loadErrorInvalid: 'El servidor de comentarios rechazó la solicitud para esta conversación.',
  loadErrorOther: 'Algo salió mal al cargar los comentarios.',
  configErrorNoBackend:
    'Esta sección de comentarios no tiene backend: añada un atributo endpoint o asigne un adaptador.',
  configErrorNoEndpoint: 'El adaptador «{adapter}» necesita un atributo endpoint.',
  configErrorUnknownAdapter:
    'No existe el adaptador «{adapter}». Use rest, wordpress, local o memory.',
  posted: 'Comentario publicado.',
  postedPending: 'Gracias. Su comentario está pendiente de moderación.',

  threadClosed: 'Los comentarios están cerrados.',
  emptyPrompt: 'Sea el primero en dar su opinión.',
  sortLabel: 'Ordenar',
  sortOldest: 'Más antiguos primero',
  sortNewest: 'Más recientes primero',
  replyButton: 'Responder',
  replyButtonLabel: 'Responder a {name}',
  inReplyTo: 'En respuesta a {name}',
  inReplyToHidden: 'En respuesta a un comentario que no se muestra',
  inReplyToDeleted: 'En respuesta a un comentario eliminado',
  anonymous: 'Anónimo',
  deletedComment: 'Este comentario fue eliminado.',
  awaitingModeration: 'Su comentario está pendiente de moderación.',
  sendingComment: 'Enviando…',
  showReplies: {
    one: 'Mostrar {count} respuesta',
    many: 'Mostrar {count} de respuestas',
    other: 'Mostrar {count} respuestas',
  },
  hideReplies: 'Ocultar respuestas',
  moreReplies: {
    one: 'Mostrar {count} respuesta más',
    many: 'Mostrar {count} de respuestas más',
    other: 'Mostrar {count} respuestas más',
  },
  loadMore: 'Cargar más comentarios',
  loadingMore: 'Cargando…',
  newComments: {
    one: 'Mostrar {count} comentario nuevo',
    many: 'Mostrar {count} de comentarios nuevos',
    other: 'Mostrar {count} comentarios nuevos',
  },
  announceLoaded: {
    one: 'Se cargó {count} comentario.',
    many: 'Se cargaron {count} de comentarios.',
    other: 'Se cargaron {count} comentarios.',
  },
  announceNew: {
    one: 'Hay {count} comentario nuevo.',
    many: 'Hay {count} de comentarios nuevos.',
    other: 'Hay {count} comentarios nuevos.',
  },
  announceRevealed: {
    one: 'Se muestra {count} comentario nuevo.',
    many: 'Se muestran {count} de comentarios nuevos.',
    other: 'Se muestran {count} comentarios nuevos.',
  },
  loadMoreError: 'No se pudieron cargar más comentarios.',
  repliesError: 'No se pudieron cargar estas respuestas.',
  liveUnavailable:
    'Las actualizaciones en directo están desactivadas; recargue la página para ver los comentarios nuevos.',
  commentAria: '{name}, {time}',
  replyAria: '{name}, {time}, respuesta a {parent}, nivel {level}',
  keysTitle: 'Atajos de teclado',
  keysIntro: 'Con un comentario enfocado (pulse Tab hasta uno de sus enlaces o botones):',
  keysNext: 'J: comentario siguiente',
  keysPrevious: 'K: comentario anterior',
  keysReply: 'R: responder al comentario',
  keysToggle: 'C: mostrar u ocultar sus respuestas',
  keysEscape: 'Esc, en el formulario de respuesta: cancelar la respuesta',

  formTitle: 'Deje un comentario',
  replyingTo: 'Respondiendo a {name}',
  replyingToComment: 'Respondiendo a un comentario',
  cancelReply: 'Cancelar respuesta',
  commentLabel: 'Comentario',
  nameLabel: 'Nombre',
  emailLabel: 'Correo electrónico',
  emailNote: 'Nunca se muestra públicamente.',
  websiteLabel: 'Sitio web',
  optionalField: '(opcional)',
  commentingAs: 'Comenta como {name}',
  rememberMe:
    'Guardar mi nombre, correo electrónico y sitio web en este navegador para la próxima vez que comente.',
  notifyReplies: 'Avisarme de las respuestas por correo electrónico',
  honeypotLabel: 'Deje este campo vacío',
  submit: 'Publicar comentario',
  submitting: 'Publicando…',
  submitHint: 'Ctrl+Intro (⌘+Intro en Mac) publica desde el cuadro de comentario.',
  errorBodyMissing: 'Escriba primero su comentario.',
  errorBodyTooLong:
    'Su comentario tiene {count} caracteres y el límite es {max}. Acórtelo, por favor.',
  errorNameMissing: 'Introduzca su nombre.',
  errorNameTooLong: 'Acorte su nombre a {max} caracteres como máximo.',
  errorEmailMissing: 'Introduzca su dirección de correo electrónico.',
  errorEmailInvalid: 'Introduzca una dirección de correo como nombre@example.com.',
  errorEmailTooLong: 'Use una dirección de correo de {max} caracteres como máximo.',
  errorUrlInvalid:
    'Introduzca una dirección web que empiece por http:// o https://, o deje el campo vacío.',
  errorUrlTooLong: 'Use una dirección web de {max} caracteres como máximo.',
  errorFieldRejected: '{reason}',
  errorRejected: 'El sitio no aceptó este comentario: {reason}',
  errorNetwork: 'No se pudo enviar su comentario. Compruebe su conexión y vuelva a intentarlo.',
  errorRateLimited: {
    one: 'Está publicando demasiado rápido; vuelva a intentarlo en {count} segundo.',
    many: 'Está publicando demasiado rápido; vuelva a intentarlo en {count} de segundos.',
    other: 'Está publicando demasiado rápido; vuelva a intentarlo en {count} segundos.',
  },
  errorRateLimitedSoon:
    'Está publicando demasiado rápido; espere un momento y vuelva a intentarlo.',
  errorDuplicate: 'Parece que ya publicó este comentario.',
  errorClosed: 'Los comentarios están cerrados.',
  errorForbidden:
    'Este sitio no acepta comentarios enviados desde esta página. Si le parece un error, avise al responsable del sitio.',
  errorParentGone:
    'El comentario al que responde ya no existe. Cancele la respuesta para publicar un comentario nuevo.',
  errorNotConfigured:
    'Este formulario no está conectado a ningún servicio de comentarios, así que no puede publicar.',
  leaveReply: 'Deje un comentario',
  writeNewComment: 'Escribir un comentario nuevo en su lugar',

  quoteButton: 'Citar',
  quoteButtonLabel: 'Citar a {name}',
  writeTab: 'Escribir',
  previewTab: 'Vista previa',
  previewEmpty: 'Todavía no hay nada que previsualizar.',
  formattingHelp: 'Formato',
  formatItalic: 'cursiva',
  formatBold: 'negrita',
  formatCode: 'código',
  formatCodeBlock: 'una línea con ``` antes y después de un bloque de código',
  formatQuote: 'cita',
  formatListItem: 'elemento de lista',
  formatLink: 'enlace',
};
