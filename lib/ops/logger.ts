import pino, { type Logger } from 'pino';
import { readEnv } from '../env';

/**
 * The server's log: one JSON object per line on stdout, for a log collector to parse. Written in
 * batches off the request path; `flushLog` before the process ends.
 */
export function createLogger(destination: pino.DestinationStream = pino.destination({ dest: 1, sync: false, minLength: 4096 })): Logger {
  return pino({ level: readEnv().LOG_LEVEL, base: { service: 'forum-portal' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
