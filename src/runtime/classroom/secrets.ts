// Secrets of a session: the join code students type, and the tokens only the host and each student hold.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from './protocol';

/**
 * A join code from the operating system's random source: 25^5 ≈ 9.8 million codes, of which a
 * session accepts one. With 5 wrong tries per connection and 2,000 in a session's life, a guesser
 * finds it with a chance of about 2 in 10,000.
 */
export function newCode(): string {
  let s = '';
  for (let k = 0; k < CODE_LENGTH; k++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** 128 random bits, URL-safe: the host's token, and each student's for reconnecting. */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** What the log keeps of a token: its SHA-256, so a log file grants no seat to whoever reads it. */
export function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
