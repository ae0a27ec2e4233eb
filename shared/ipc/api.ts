/**
 * The host API the renderer talks to, derived from the contract: one method per
 * channel, each taking its request and resolving to a Result of its response; and one
 * listener per host event (a menu command, a project file waiting to be opened), each
 * returning a function that stops listening.
 */
import { CHANNELS, EVENTS, type Channel } from './channels';
import type { RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

export interface HostEventPayload {
  'menu:command': string;
  'project:incoming': null;
}

export type TalkmapApi = {
  [C in Channel as (typeof CHANNELS)[C]]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  [E in keyof typeof EVENTS as (typeof EVENTS)[E]]: (listener: (payload: HostEventPayload[E]) => void) => () => void;
};
