import {createHmac} from 'node:crypto';

/** Keyed hashes: they link an author's comments without revealing or matching their address. */
export class Identity {
  constructor(private readonly secret: string) {}

  private hmac(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('hex');
  }

  /**
   * The key behind a comment's public avatar. It comes from the browser's
   * author token, the one thing an impostor does not have; never from the
   * email or name, which anyone can type. Without a token it is unique to
   * the comment, so the avatar links nothing.
   */
  authorKey(token: string | null, commentId: string): string {
    return token ? this.hmac(`token:${token}`) : this.hmac(`comment:${commentId}`);
  }

  /** Imported comments have no token: their author's name groups them. */
  importedAuthorKey(name: string): string {
    return this.hmac(`name:${name.toLowerCase()}`);
  }

  /** Counts posts per address for the rate limit; never stored or shown. */
  emailKey(email: string): string {
    return this.hmac(`email:${email.toLowerCase()}`);
  }

  /** Signs the one-click links in mails (notify/links.ts). */
  linkSignature(text: string): string {
    return this.hmac(`link:${text}`);
  }

  /** Stored with each comment so its author, and only they, see it while it is held. */
  tokenHash(token: string | null): string | null {
    return token ? this.hmac(`author-token:${token}`) : null;
  }

  /**
   * `tokenHash` and `authorKey` of a reader the host site signed in: from
   * their user id, so their comments are theirs in any browser. The prefixes
   * differ from the author token's, so no browser token can stand for a user.
   */
  userTokenHash(userId: string): string {
    return this.hmac(`site-user:${userId}`);
  }

  userAuthorKey(userId: string): string {
    return this.hmac(`site-user-key:${userId}`);
  }
}

/** The `X-Natter-Author` header, when it is a plausible token. */
export function readAuthorToken(header: string | undefined): string | null {
  if (!header) return null;
  const token = header.trim();
  return /^[\x21-\x7e]{8,200}$/.test(token) ? token : null;
}
