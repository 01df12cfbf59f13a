// Progress on stderr: a live line when stderr is a terminal, nothing otherwise (stdout stays clean).

/** Returns an updater (call with the current count; -1 to finish), or undefined when stderr is not a TTY. */
export function progressLine(label: string, total: number): ((done: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done) => {
    if (done < 0) {
      process.stderr.write('\r\x1b[K');
      return;
    }
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    process.stderr.write(`\r\x1b[K${label}: ${done}/${total}`);
  };
}
