import {createHmac} from 'node:crypto';

/** Keyed hashes: they link an author's comments without revealing or matching their address. */
export class Identity {
  constructor(private readonly secret: string) {}

  private hmac(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('hex');
  }

  /**
   * Who wrote a comment, as far as avatars and `first-time` moderation care:
   * the lower-cased email when given, else the browser's token, else the name.
   */
  authorKey(author: {email: string | null; name: string}, token: string | null): string {
    if (author.email) return this.hmac(`email:${author.email.toLowerCase()}`);
    if (token) return this.hmac(`token:${token}`);
    return this.hmac(`name:${author.name.toLowerCase()}`);
  }

  /** Stored with each comment so its author, and only they, see it while it is held. */
  tokenHash(token: string | null): string | null {
    return token ? this.hmac(`author-token:${token}`) : null;
  }
}

/** The `X-Natter-Author` header, when it is a plausible token. */
export function readAuthorToken(header: string | undefined): string | null {
  if (!header) return null;
  const token = header.trim();
  return /^[\x21-\x7e]{8,200}$/.test(token) ? token : null;
}
