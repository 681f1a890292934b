/**
 * A refusal meant for the person who acted: bad input, missing role, wrong channel. The bot replies
 * with the message privately and rolls back the transaction, so a refused command changes nothing.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
