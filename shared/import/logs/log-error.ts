/** A log that cannot be read as it is: the one user-facing error type (a message key and parameters). */
import { TalkmapError } from '../../errors/talkmap-error';

export class LogError extends TalkmapError {}
