/**
 * The host API the renderer talks to, derived from the contract: one method per
 * channel, each taking its request and resolving to a Result of its response.
 */
import { CHANNELS, type Channel } from './channels';
import type { RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

export type TalkmapApi = {
  [C in Channel as (typeof CHANNELS)[C]]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};
