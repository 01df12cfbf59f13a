// Some headless and POSIX setups report a language tag Intl rejects ("en-US@posix"); chart code formats numbers
// with navigator.language at load, so the page would not start. Present the nearest valid tag instead.

function valid(tag: string): boolean {
  try {
    new Intl.NumberFormat(tag);
    return true;
  } catch {
    return false;
  }
}

if (typeof navigator !== 'undefined' && !valid(navigator.language)) {
  const base = navigator.language.split(/[@.]/)[0];
  Object.defineProperty(navigator, 'language', { value: valid(base) ? base : 'en-US', configurable: true });
}

export {};
