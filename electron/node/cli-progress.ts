/**
 * How far a long CLI analysis is, drawn on one line of a terminal's stderr and wiped when done;
 * nothing when stderr is a file or a pipe (logs and scripts get no carriage returns).
 */
export function cliProgress(stream: NodeJS.WriteStream): ((text: string | null) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (text) => {
    stream.write(text === null ? '\r\x1b[K' : `\r\x1b[Ktalkmap: ${text}`);
  };
}
