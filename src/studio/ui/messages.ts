// The message area: problems that need reading (bad links, invalid files, a failed worker) and brief notes.
import { el, clear } from './el';

export type Tone = 'error' | 'warning' | 'note';

export interface MessageAction {
  label: string;
  run: () => void;
}

export class Messages {
  constructor(private readonly host: HTMLElement) {}

  /** Shows a message with optional detail lines and actions; replaces an earlier one of the same key. */
  show(key: string, tone: Tone, title: string, lines: readonly string[] = [], actions: readonly MessageAction[] = []): void {
    this.dismiss(key);
    const box = el(
      'div.message',
      { 'data-key': key, 'data-tone': tone, role: tone === 'error' ? 'alert' : 'status' },
      el(
        'div.message-head',
        {},
        el('strong', { text: title }),
        el('button.message-close', { 'aria-label': 'Dismiss', title: 'Dismiss', text: '×', onclick: () => this.dismiss(key) }),
      ),
      lines.length ? el('ul.message-lines', {}, ...lines.map((l) => el('li', { text: l }))) : null,
      actions.length ? el('div.message-actions', {}, ...actions.map((a) => el('button.button', { text: a.label, onclick: () => a.run() }))) : null,
    );
    this.host.append(box);
  }

  /** A note that fades on its own. */
  toast(text: string, ms = 3500): void {
    const key = `toast-${Date.now()}`;
    this.show(key, 'note', text);
    setTimeout(() => this.dismiss(key), ms);
  }

  dismiss(key: string): void {
    this.host.querySelector(`[data-key="${CSS.escape(key)}"]`)?.remove();
  }

  clearAll(): void {
    clear(this.host);
  }
}
