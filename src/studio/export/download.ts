// Saving a file from the page: a Blob, a temporary link, a click.

export function download(name: string, data: Blob | string, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a scenario name and seed: safe characters only. */
export function fileStem(scenario: string, seed: number, suffix = ''): string {
  return `${scenario}-seed${seed}${suffix}`.replace(/[^\w.-]+/g, '-');
}
