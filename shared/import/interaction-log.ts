/**
 * Interaction logs (who messaged whom, when), read as a stream and aggregated into weighted
 * ties per period: the modules in logs/ — log-columns.ts (which column is what),
 * log-dates.ts (days and periods), log-aggregator.ts (the streaming count), log-waves.ts
 * (each period as an import request), log-types.ts. This file is their one entry point.
 */
export { LogError } from './logs/log-error';
export { REPORT_LIMIT, WHOLE_LOG, type LogAggregate, type LogColumns, type LogOptions, type LogPeriod } from './logs/log-types';
export { detectLogColumns, logColumnsOf } from './logs/log-columns';
export { logDate, periodOf } from './logs/log-dates';
export { aggregateLogStream, LogAggregator } from './logs/log-aggregator';
export { logRequests, periodEdgeList } from './logs/log-waves';
