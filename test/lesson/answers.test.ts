// No shipped lesson gives its answer away above the question: the answer's own words belong in `after`, shown once revealed.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadLesson } from '../../src/lesson/load';

const folder = resolve(import.meta.dirname, '../../scenarios/lessons');
const names = readdirSync(folder).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const words = (t: string) => t.toLowerCase().match(/[a-z0-9]{4,}/g) ?? [];

/** Words of the answer that neither the question nor another choice uses: saying one before Reveal gives the answer away. */
function giveaways(text: string, predict: { question: string; choices: string[]; answer: number }): string[] {
  const shared = new Set([...words(predict.question), ...predict.choices.filter((_, k) => k !== predict.answer).flatMap(words)]);
  const said = new Set(words(text));
  return words(predict.choices[predict.answer]).filter((w) => !shared.has(w) && said.has(w));
}

describe('lesson texts before Reveal', () => {
  it('the check finds an answer stated in the text', () => {
    const predict = {
      question: 'The same number of ties is gone. How far does the news get?',
      choices: ['Only its own circle', 'About half the circles', 'Nearly all twenty'],
      answer: 2,
    };
    expect(giveaways('Circles are tightly knit, and the weak ties still carry it to nearly every circle.', predict)).toEqual(['nearly']);
    expect(giveaways('Remove 500 strong ties inside the circles instead.', predict)).toEqual([]);
  });

  it.each(names)('%s: no predict step states its answer before Reveal', (name) => {
    const lesson = loadLesson(readFileSync(resolve(folder, name), 'utf8'), { source: name, readText: (p) => readFileSync(resolve(folder, p), 'utf8') });
    for (const { step } of lesson.steps)
      if (step.predict) expect(giveaways(step.text, step.predict as { question: string; choices: string[]; answer: number }), `${name}: ${step.title}`).toEqual([]);
  });
});
