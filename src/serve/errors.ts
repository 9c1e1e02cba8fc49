/**
 * A request the server refuses, with its HTTP status and the reason in Chinese: bad input or a limit reached, never a
 * bug (app.ts answers it as `{ error }` with that status).
 */
export class Refused extends Error {
  override name = 'Refused';
  constructor(
    readonly status: 400 | 403 | 413 | 429 | 503,
    message: string,
  ) {
    super(message);
  }
}
