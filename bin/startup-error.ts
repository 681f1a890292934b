/** A start-up failure with a message for the operator (printed as it is, without a stack trace). */
export class StartupError extends Error {
  override name = 'StartupError';
}
