/** Japanese. */
import type {Messages} from '../messages.js';

export const messages: Messages = {
  countNone: 'まだコメントはありません',
  count: {other: 'コメント {count} 件'},
  retry: '再試行',
  commentsLabel: 'コメント',
  loadingComments: 'コメントを読み込んでいます…',
  loadErrorNetwork:
    'コメントサーバーに接続できませんでした。接続を確認してから、もう一度お試しください。',
  loadErrorTimeout:
    'コメントサーバーの応答に時間がかかりすぎています。しばらくしてから、もう一度お試しください。',
  loadErrorServer:
    'コメントサーバーで問題が発生しました。しばらくしてから、もう一度お試しください。',
  loadErrorRateLimited:
    'コメントサーバーへのリクエストが集中しています。少し待ってから、もう一度お試しください。',
  loadErrorForbidden: 'コメントサーバーはこのサイトにコメントを提供していません。',
  loadErrorNotFound:
    'コメントサーバーがこのアドレスを認識できませんでした。エンドポイントを確認してください。',
  loadErrorInvalid: 'コメントサーバーがこのスレッドのリクエストを拒否しました。',
  loadErrorOther: 'コメントの読み込み中に問題が発生しました。',
  configErrorNoBackend:
    'このコメント欄にはバックエンドがありません。endpoint 属性を指定するか、アダプターを設定してください。',
  configErrorNoEndpoint: '「{adapter}」アダプターには endpoint 属性が必要です。',
  configErrorUnknownAdapter:
    '「{adapter}」というアダプターはありません。rest、wordpress、local、memory のいずれかを使用してください。',
  posted: 'コメントを投稿しました。',
  postedPending: 'ありがとうございます。コメントは承認待ちです。',

  emptyPrompt: '最初のコメントを投稿してみませんか。',
  sortLabel: '並べ替え',
  sortOldest: '古い順',
  sortNewest: '新しい順',
  replyButton: '返信',
  replyButtonLabel: '{name} さんに返信',
  inReplyTo: '{name} さんへの返信',
  inReplyToHidden: '表示されていないコメントへの返信',
  inReplyToDeleted: '削除されたコメントへの返信',
  anonymous: '匿名',
  deletedComment: 'このコメントは削除されました。',
  awaitingModeration: 'あなたのコメントは承認待ちです。',
  sendingComment: '送信中…',
  showReplies: {other: '{count} 件の返信を表示'},
  hideReplies: '返信を非表示',
  moreReplies: {other: 'さらに {count} 件の返信を表示'},
  loadMore: 'さらにコメントを読み込む',
  loadingMore: '読み込み中…',
  newComments: {other: '新しいコメント {count} 件を表示'},
  announceLoaded: {other: 'コメントを {count} 件読み込みました。'},
  announceNew: {other: '新しいコメントが {count} 件あります。'},
  announceRevealed: {other: '新しいコメントを {count} 件表示しています。'},
  loadMoreError: 'これ以上のコメントを読み込めませんでした。',
  repliesError: 'これらの返信を読み込めませんでした。',
  liveUnavailable:
    'リアルタイム更新はオフになっています。新しいコメントを見るにはページを再読み込みしてください。',

  formTitle: 'コメントを残す',
  replyingTo: '{name} さんに返信中',
  replyingToComment: 'コメントに返信中',
  cancelReply: '返信をキャンセル',
  commentLabel: 'コメント',
  nameLabel: '名前',
  emailLabel: 'メールアドレス',
  emailNote: '公開されることはありません。',
  websiteLabel: 'ウェブサイト',
  optionalField: '（任意）',
  commentingAs: '{name} としてコメント中',
  rememberMe:
    '次回のコメントのために、名前・メールアドレス・ウェブサイトをこのブラウザに保存する。',
  honeypotLabel: 'この欄は空のままにしてください',
  submit: 'コメントを投稿',
  submitting: '投稿中…',
  submitHint: 'コメント欄で Ctrl+Enter（Mac では ⌘+Enter）を押すと投稿できます。',
  errorBodyMissing: 'まずコメントを入力してください。',
  errorBodyTooLong:
    'コメントは {count} 文字で、上限の {max} 文字を超えています。短くしてください。',
  errorNameMissing: '名前を入力してください。',
  errorNameTooLong: '名前は {max} 文字以内にしてください。',
  errorEmailMissing: 'メールアドレスを入力してください。',
  errorEmailInvalid: 'name@example.com のような形式でメールアドレスを入力してください。',
  errorEmailTooLong: 'メールアドレスは {max} 文字以内にしてください。',
  errorUrlInvalid:
    'http:// または https:// で始まるウェブアドレスを入力するか、空欄のままにしてください。',
  errorUrlTooLong: 'ウェブアドレスは {max} 文字以内にしてください。',
  errorFieldRejected: '{reason}',
  errorRejected: 'このコメントはサイトに受け付けられませんでした：{reason}',
  errorNetwork: 'コメントを送信できませんでした。接続を確認して、もう一度お試しください。',
  errorRateLimited: {other: '投稿の間隔が短すぎます。{count} 秒後にもう一度お試しください。'},
  errorRateLimitedSoon: '投稿の間隔が短すぎます。少し待ってから、もう一度お試しください。',
  errorDuplicate: 'このコメントはすでに投稿済みのようです。',
  errorClosed: 'コメントの受け付けは終了しました。',
  errorForbidden:
    'このサイトは、このページから送信されたコメントを受け付けていません。誤りだと思われる場合は、サイトの管理者にお知らせください。',
  errorParentGone:
    '返信先のコメントはもう存在しません。返信をキャンセルすると、新しいコメントとして投稿できます。',
  errorNotConfigured: 'このフォームはコメントサービスに接続されていないため、投稿できません。',
  leaveReply: 'コメントを残す',
  writeNewComment: '代わりに新しいコメントを書く',
};
