import {LitElement, type PropertyDeclarations} from 'lit';

/**
 * What the page tells `<natter-comments>` about a reader its site signed in
 * (docs/sso.md). The thread controller hands the token to the backend; the
 * reply form says "Commenting as" the name in it, with the sign-out link.
 */
export class SignInSettings extends LitElement {
  static override properties: PropertyDeclarations = {
    userToken: {attribute: 'user-token'},
    signOutUrl: {attribute: 'sign-out-url'},
  };

  /**
   * A token the host site's backend signed for its signed-in reader (a JWT,
   * HS256). The backend verifies it on every write and takes the author's
   * name from it; it wins over `user`. Missing or unreadable: anonymous.
   */
  userToken?: string | null;
  /** Where the form's "Sign out" link goes while a reader is signed in; no link without it. */
  signOutUrl?: string;
}
