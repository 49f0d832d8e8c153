/**
 * The writer's name, email and website as typed, and the "save my details"
 * choice: filled in from storage when the person opted in before, kept in
 * storage while the box is ticked, forgotten the moment it is unticked.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {forgetIdentity, loadIdentity, saveIdentity, type Identity} from '../../core/identity.js';

export type IdentityField = 'name' | 'email' | 'url';

export class IdentityKeeper implements ReactiveController {
  values: Record<IdentityField, string> = {name: '', email: '', url: ''};
  remember = false;
  /** The writer wants mail about replies; asked each time, never stored. */
  notifyReplies = false;
  private restored = false;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.restored) return;
    this.restored = true;
    const saved = loadIdentity();
    if (!saved) return;
    this.remember = true;
    this.values = {name: saved.name, email: saved.email ?? '', url: saved.url ?? ''};
    this.host.requestUpdate();
  }

  /** Email is asked for when the backend wants it, or for mail about replies. */
  needsEmail(backendRequires: boolean, offerNotify: boolean): boolean {
    return backendRequires || (offerNotify && this.notifyReplies);
  }

  set(field: IdentityField, value: string): void {
    this.values = {...this.values, [field]: value};
    this.keep();
    this.host.requestUpdate();
  }

  setRemember(remember: boolean): void {
    this.remember = remember;
    if (remember) this.keep();
    else forgetIdentity();
    this.host.requestUpdate();
  }

  setNotify(notify: boolean): void {
    this.notifyReplies = notify;
    this.host.requestUpdate();
  }

  /** What the person typed, trimmed. */
  current(): Identity {
    const {name, email, url} = this.values;
    return {name: name.trim(), email: email.trim(), url: url.trim()};
  }

  /** Stores the identity when the person asked for it; otherwise nothing is written. */
  keep(): void {
    if (this.remember) saveIdentity(this.current());
  }
}
