/**
 * The DOM side of the form's listeners: what each event means, so the
 * element only says what to do with a typed text, a submit or a cancel.
 */
import type {FormView} from './form-template.js';
import type {IdentityField} from './identity-keeper.js';

export interface FormActions {
  submit(): void;
  /** The comment box now holds `body`. */
  typed(body: string): void;
  identityTyped(field: IdentityField, value: string): void;
  /** Focus left a field: a moment to save the draft. */
  left(): void;
  cancel(): void;
}

export function formHandlers(actions: FormActions): FormView['on'] {
  return {
    submit: (event) => {
      event.preventDefault();
      actions.submit();
    },
    focusout: () => actions.left(),
    bodyInput: (event) => actions.typed((event.target as HTMLTextAreaElement).value),
    keydown: (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        actions.submit();
      }
    },
    identityInput: (event) => {
      const input = event.target as HTMLInputElement;
      actions.identityTyped(input.id as IdentityField, input.value);
    },
    cancel: () => actions.cancel(),
    retry: () => actions.submit(),
  };
}
