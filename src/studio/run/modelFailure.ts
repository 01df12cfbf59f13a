// What the page says when the model's worker fails: the run so far stays on screen, one button restarts the model.
import type { Messages } from '../ui/messages';

export function reportModelFailure(messages: Messages, message: string, restart: () => void): void {
  messages.show(
    'worker',
    'error',
    `The model stopped: ${message}`,
    ['The run so far stays on screen. Restart the model to continue from tick 0.'],
    [
      {
        label: 'Restart the model',
        run: () => {
          messages.dismiss('worker');
          restart();
        },
      },
    ],
  );
}
