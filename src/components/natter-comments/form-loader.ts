/**
 * Makes sure `<natter-reply-form>` gets registered. `natter/define` registers
 * it with the other elements; the script-tag file loads its code only when a
 * section starts loading, so it arrives with the comments. Until then the
 * section's form is a plain element that keeps every property set on it and
 * upgrades with them.
 */
import {asError} from '../../core/as-error.js';
import {NatterErrorEvent} from '../../events/error-event.js';

let loading: Promise<void> | undefined;

/** Starts loading the form's code unless it is registered or on its way; failures go to `host`. */
export function loadReplyForm(host: EventTarget): void {
  if (loading || customElements.get('natter-reply-form')) return;
  loading = import('../natter-reply-form/natter-reply-form.js').then(
    (module) => module.NatterReplyForm.define(),
    (error: unknown) => {
      loading = undefined; // the next load of the section tries again
      const reason = asError(error);
      host.dispatchEvent(new NatterErrorEvent(reason, 'load'));
    },
  );
}
