import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return destination ? pino({ level }, destination) : pino({ level });
}

/** A logger that drops everything: tests and the console adapter's quiet mode. */
export const silentLogger: Logger = pino({ level: 'silent' });
