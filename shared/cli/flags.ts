/**
 * The command line's flags: `--name value` (a value flag may repeat) and `--switch`.
 * A UsageError is a mistake in the command itself: run-cli prints it, translated, with the usage.
 */
import { translateKey, type MessageParams, type ParamsArg } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages-en';

export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(translateKey('en', key, params));
  }
}

/** A UsageError whose message (cli.usage.…) is checked for its parameters like t(key, …). */
export function usageError<K extends MessageKey>(key: K, ...[params = {}]: ParamsArg<K>): UsageError {
  return new UsageError(key, params);
}

/** Parsed flags; a value flag may repeat (--nominations "Naam 1" --nominations "Naam 2"). */
export class Flags {
  private readonly values = new Map<string, string[]>();
  add(flag: string, value: string): void {
    this.values.set(flag, [...(this.values.get(flag) ?? []), value]);
  }
  has(flag: string): boolean {
    return this.values.has(flag);
  }
  get(flag: string): string | undefined {
    return this.values.get(flag)?.at(-1);
  }
  getAll(flag: string): string[] {
    return this.values.get(flag) ?? [];
  }
}

export function parseFlags(args: string[], valueFlags: ReadonlySet<string>, booleanFlags: ReadonlySet<string>): Flags {
  const flags = new Flags();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (booleanFlags.has(arg)) flags.add(arg, 'true');
    else if (valueFlags.has(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw usageError('cli.usage.needsValue', { flag: arg });
      flags.add(arg, value);
      i++;
    } else throw usageError('cli.usage.unknownOption', { option: arg });
  }
  return flags;
}
