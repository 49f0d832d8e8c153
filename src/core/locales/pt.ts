/** Portuguese as written in Brazil; it also serves `pt` and `pt-PT`. */
import type {Messages} from '../messages.js';

export const messages: Messages = {
  countNone: 'Nenhum comentário ainda',
  count: {one: '{count} comentário', many: '{count} de comentários', other: '{count} comentários'},
  retry: 'Tentar de novo',
  commentsLabel: 'Comentários',
  loadingComments: 'Carregando comentários…',
  loadErrorNetwork:
    'Não foi possível acessar o servidor de comentários. Verifique sua conexão e tente de novo.',
  loadErrorTimeout:
    'O servidor de comentários demorou demais para responder. Tente de novo em instantes.',
  loadErrorServer: 'O servidor de comentários teve um problema. Tente de novo em instantes.',
  loadErrorRateLimited:
    'O servidor de comentários está recebendo solicitações demais. Aguarde um momento e tente de novo.',
  loadErrorForbidden: 'O servidor de comentários não fornece comentários para este site.',
  loadErrorNotFound:
    'O servidor de comentários não reconheceu este endereço. Verifique o endpoint.',
  loadErrorInvalid: 'O servidor de comentários recusou a solicitação para esta conversa.',
  loadErrorOther: 'Algo deu errado ao carregar os comentários.',
  configErrorNoBackend:
    'Esta seção de comentários não tem backend: informe um atributo endpoint ou atribua um adaptador.',
  configErrorNoEndpoint: 'O adaptador "{adapter}" precisa de um atributo endpoint.',
  configErrorUnknownAdapter:
    'Não existe um adaptador "{adapter}". Use rest, wordpress, local ou memory.',
  posted: 'Comentário publicado.',
  postedPending: 'Obrigado. Seu comentário está aguardando moderação.',

  emptyPrompt: 'Seja o primeiro a dizer o que pensa.',
  sortLabel: 'Ordenar',
  sortOldest: 'Mais antigos primeiro',
  sortNewest: 'Mais recentes primeiro',
  replyButton: 'Responder',
  replyButtonLabel: 'Responder a {name}',
  inReplyTo: 'Em resposta a {name}',
  inReplyToHidden: 'Em resposta a um comentário que não está visível',
  inReplyToDeleted: 'Em resposta a um comentário excluído',
  anonymous: 'Anônimo',
  deletedComment: 'Este comentário foi excluído.',
  awaitingModeration: 'Seu comentário está aguardando moderação.',
  sendingComment: 'Enviando…',
  showReplies: {
    one: 'Mostrar {count} resposta',
    many: 'Mostrar {count} de respostas',
    other: 'Mostrar {count} respostas',
  },
  hideReplies: 'Ocultar respostas',
  moreReplies: {
    one: 'Mostrar mais {count} resposta',
    many: 'Mostrar mais {count} de respostas',
    other: 'Mostrar mais {count} respostas',
  },
  loadMore: 'Carregar mais comentários',
  loadingMore: 'Carregando…',
  newComments: {
    one: 'Mostrar {count} comentário novo',
    many: 'Mostrar {count} de comentários novos',
    other: 'Mostrar {count} comentários novos',
  },
  announceLoaded: {
    one: '{count} comentário carregado.',
    many: '{count} de comentários carregados.',
    other: '{count} comentários carregados.',
  },
  announceNew: {
    one: 'Há {count} comentário novo.',
    many: 'Há {count} de comentários novos.',
    other: 'Há {count} comentários novos.',
  },
  announceRevealed: {
    one: 'Mostrando {count} comentário novo.',
    many: 'Mostrando {count} de comentários novos.',
    other: 'Mostrando {count} comentários novos.',
  },
  loadMoreError: 'Não foi possível carregar mais comentários.',
  repliesError: 'Não foi possível carregar estas respostas.',
  liveUnavailable:
    'As atualizações ao vivo estão desativadas; recarregue a página para ver os comentários novos.',

  formTitle: 'Deixe um comentário',
  replyingTo: 'Respondendo a {name}',
  replyingToComment: 'Respondendo a um comentário',
  cancelReply: 'Cancelar resposta',
  commentLabel: 'Comentário',
  nameLabel: 'Nome',
  emailLabel: 'E-mail',
  emailNote: 'Nunca será exibido publicamente.',
  websiteLabel: 'Site',
  optionalField: '(opcional)',
  commentingAs: 'Comentando como {name}',
  rememberMe: 'Salvar meu nome, e-mail e site neste navegador para a próxima vez que eu comentar.',
  honeypotLabel: 'Deixe este campo em branco',
  submit: 'Publicar comentário',
  submitting: 'Publicando…',
  submitHint: 'Ctrl+Enter (⌘+Enter no Mac) publica direto da caixa de comentário.',
  errorBodyMissing: 'Escreva seu comentário primeiro.',
  errorBodyTooLong:
    'Seu comentário tem {count} caracteres e o limite é {max}. Encurte-o, por favor.',
  errorNameMissing: 'Informe seu nome.',
  errorNameTooLong: 'Encurte seu nome para no máximo {max} caracteres.',
  errorEmailMissing: 'Informe seu endereço de e-mail.',
  errorEmailInvalid: 'Informe um endereço de e-mail como nome@example.com.',
  errorEmailTooLong: 'Use um endereço de e-mail com no máximo {max} caracteres.',
  errorUrlInvalid:
    'Informe um endereço da web que comece com http:// ou https://, ou deixe o campo em branco.',
  errorUrlTooLong: 'Use um endereço da web com no máximo {max} caracteres.',
  errorFieldRejected: '{reason}',
  errorRejected: 'O site não aceitou este comentário: {reason}',
  errorNetwork: 'Não foi possível enviar seu comentário. Verifique sua conexão e tente de novo.',
  errorRateLimited: {
    one: 'Você está publicando rápido demais; tente de novo em {count} segundo.',
    many: 'Você está publicando rápido demais; tente de novo em {count} de segundos.',
    other: 'Você está publicando rápido demais; tente de novo em {count} segundos.',
  },
  errorRateLimitedSoon: 'Você está publicando rápido demais; aguarde um momento e tente de novo.',
  errorDuplicate: 'Parece que você já publicou este comentário.',
  errorClosed: 'Os comentários estão encerrados.',
  errorForbidden:
    'Este site não aceita comentários enviados desta página. Se isso parecer um erro, avise o responsável pelo site.',
  errorParentGone:
    'O comentário que você está respondendo não existe mais. Cancele a resposta para publicar um comentário novo.',
  errorNotConfigured:
    'Este formulário não está conectado a um serviço de comentários, por isso não pode publicar.',
  leaveReply: 'Deixe um comentário',
  writeNewComment: 'Escrever um comentário novo',
};
