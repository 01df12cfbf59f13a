// Full screen for projecting: the whole page (canvas and lesson panel together), toggled by a button or F.

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null;
}

/** Enters or leaves full screen; resolves whether the page is full screen after (a refused request leaves it as it was). */
export async function toggleFullscreen(): Promise<boolean> {
  try {
    if (isFullscreen()) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Browsers refuse outside a user gesture or inside some frames; the button stays as it was.
  }
  return isFullscreen();
}

/** Calls `fn` with the new state whenever full screen starts or ends (also by Esc). */
export function onFullscreenChange(fn: (on: boolean) => void): () => void {
  const listener = () => fn(isFullscreen());
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}
