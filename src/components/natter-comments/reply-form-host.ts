/**
 * The one `<natter-reply-form>` of a comments section. It is created once
 * and moved: under the thread for a new comment, under a comment when the
 * reader presses its Reply button. Moving the same element (rather than
 * rendering a new one per place) means one form at a time and no lost state.
 */
import type {ReactiveControllerHost} from 'lit';
import {displayName} from '../../core/display-name.js';
import type {Identity} from '../../core/identity.js';
import type {MessageOverrides} from '../../core/messages.js';
import type {NatterReplyForm} from '../natter-reply-form/natter-reply-form.js';
import {loadReplyForm} from './form-loader.js';
import type {ThreadController} from './thread-controller.js';

/** What the section tells its form. */
export interface FormSettings {
  messages: MessageOverrides;
  user: Identity | null;
}

type ReplyForm = HTMLElement &
  Pick<
    NatterReplyForm,
    | 'adapter'
    | 'thread'
    | 'parentId'
    | 'parentAuthor'
    | 'messages'
    | 'lang'
    | 'user'
    | 'requiresEmail'
    | 'focus'
  >;

export class ReplyFormHost {
  /** Id of the comment the form answers, `null` when it sits under the thread. */
  target: string | null = null;
  private form?: ReplyForm;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & FormSettings,
    private readonly data: () => ThreadController,
  ) {}

  /** The form, created on first use, with its properties brought up to date. */
  element(lang: string): ReplyForm {
    let form = this.form;
    if (!form) {
      loadReplyForm(this.host);
      form = document.createElement('natter-reply-form') as ReplyForm;
      form.setAttribute('part', 'form');
      form.setAttribute('exportparts', 'field, submit: button');
      this.form = form;
    }
    const data = this.data();
    const parent = this.target ? data.tree?.get(this.target)?.comment : undefined;
    form.adapter = data.adapter;
    form.thread = data.threadKey;
    form.parentId = this.target;
    form.parentAuthor = parent?.status === 'deleted' ? '' : displayName(parent?.author?.name);
    form.messages = this.host.messages;
    form.lang = lang;
    form.user = this.host.user;
    form.requiresEmail = data.adapter?.capabilities?.requiresEmail !== false;
    return form;
  }

  /** Moves the form under comment `id` and puts the cursor in its comment box. */
  async open(id: string): Promise<void> {
    this.move(id);
    await this.host.updateComplete;
    this.form?.focus();
  }

  /** Puts the form back under the thread, as a new top-level comment. */
  close(): void {
    this.move(null);
  }

  private move(id: string | null): void {
    if (this.target === id) return;
    const tree = this.data().tree;
    // Both places are inside cached comment blocks: mark them changed.
    for (const place of [this.target, id]) {
      const node = place ? tree?.get(place) : undefined;
      if (node) tree?.touch(node);
    }
    this.target = id;
    this.host.requestUpdate();
  }
}
