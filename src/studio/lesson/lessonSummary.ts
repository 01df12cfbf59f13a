// What the printed page says for a lesson: each step's question, key numbers and charts from its headless run.
import type { LoadedLesson } from '../../lesson/load';
import { itemsOf, keyNumbers } from './keyNumbers';
import { stepCharts } from './stepCharts';
import type { StepNumbers } from '../../lesson/numbers';
import { LIGHT } from './svgChart';
import { PRINT_CHART, type PrintLesson } from './printSummary';

/** The summary from the numbers known (by step index); a step not yet computed keeps its text and question only. */
export function lessonSummary(loaded: LoadedLesson, known: ReadonlyMap<number, StepNumbers>, link: string, source: string): PrintLesson {
  return {
    title: loaded.lesson.title,
    summary: loaded.lesson.summary,
    link,
    source,
    steps: loaded.steps.map((s, k) => {
      const step = s.step;
      const n = known.get(k);
      const labels = s.compare ? [s.compare.baseline, s.compare.label] : null;
      const items = itemsOf(s.scenario);
      const runs = n ? [n.run, ...(n.compare ? [n.compare] : [])] : [];
      return {
        title: step.title,
        text: step.text,
        predict: step.predict,
        numbers: n ? keyNumbers(step, n, items) : [],
        labels,
        charts: n
          ? stepCharts(
              { show: step.show, items, rows: runs.map((r) => r.series), labels: labels ?? [step.title], readouts: runs.map((r) => r.readout) },
              { ...PRINT_CHART, theme: LIGHT },
            )
          : [],
      };
    }),
  };
}
