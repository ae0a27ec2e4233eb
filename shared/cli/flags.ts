/**
 * The command line's flags: `--name value` (a value flag may repeat) and `--switch`.
 * A UsageError is a mistake in the command itself: run-cli prints it with the usage.
 */
export class UsageError extends Error {}

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
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      flags.add(arg, value);
      i++;
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  return flags;
}
