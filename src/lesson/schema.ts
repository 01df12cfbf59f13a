// The lesson file format: a scenario and an ordered script of steps; the type and the JSON Schema both come from here.
import { z } from 'zod';

/** What the studio puts on screen for a step, besides the step's text. */
export const SHOWS = ['network', 'path', 'distance', 'cascade', 'influence-curve', 'circles', 'charts', 'trust', 'outcomes'] as const;
export type Show = (typeof SHOWS)[number];

export const SHOW_MEANINGS: Record<Show, string> = {
  network: 'the network itself, circles coloured',
  path: "the shortest path between the step's two members (or two the class picks)",
  distance: 'the average distance between members and the clustering, as numbers',
  cascade: 'who passed the item to whom, over the network',
  'influence-curve': 'adoption by distance from the seeds and around adopters, against the background rate',
  circles: 'how many close circles the item reached',
  charts: "the run's series over time (sharers, reach)",
  trust: "members' and non-members' trust in the organizer over time",
  outcomes: 'forms, returns and payments of members against non-members',
};

const show = z.enum(SHOWS);

/** Dotted scenario paths (the ones `--set` takes) to values, applied in the order written. */
export const settings = z
  .record(z.string().min(1), z.unknown())
  .meta({ description: 'Dotted scenario paths, as `murmur run --set` takes them, with the value to give each (any JSON value)' });

const compare = z
  .strictObject({
    label: z.string().min(1).meta({ description: 'Name of the variant, shown over its half of the screen' }),
    baseline: z.string().min(1).optional().meta({ description: "Name of the step's own run, shown over the other half" }),
    settings: settings.meta({ description: "Applied on top of the step's settings for the variant only; not carried to later steps" }),
  })
  .meta({ description: 'Run the step as it is and a variant side by side' });

export const run = z
  .strictObject({
    ticks: z.number().int().min(0).optional().meta({ description: 'Run this many ticks (fewer if nothing can change any more); 0 builds the network and seeds only' }),
    until: z.literal('done').optional().meta({ description: "Run until nothing can change any more, or the scenario's ticks" }),
    compare: compare.optional(),
  })
  .meta({ description: 'What to run: `ticks`, `until`, or a `compare` (with `ticks` or `until` for how long both run; until done if neither)' });

export const predict = z
  .strictObject({
    question: z.string().min(1).meta({ description: 'Asked before the run is shown' }),
    choices: z.array(z.string().min(1)).min(2).optional(),
    answer: z.number().int().min(0).optional().meta({ description: 'Index of the choice the run bears out, revealed after it' }),
  })
  .meta({ description: 'Predict, then reveal: the class guesses before the run is shown' });

export const step = z.strictObject({
  title: z.string().min(1),
  text: z.string().min(1).meta({ description: 'One or two sentences shown in large type; on a predict step, nothing that gives the answer away' }),
  after: z.string().min(1).optional().meta({ description: 'Shown once the run is revealed: what the class just saw and why (the answer belongs here, not in text)' }),
  settings: settings.default({}).meta({ description: 'Applied after the settings of every earlier step (settings carry forward)' }),
  run,
  predict: predict.optional(),
  show: z
    .union([show, z.array(show)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .default([])
    .meta({ description: `What to put on screen: ${SHOWS.map((s) => `${s} (${SHOW_MEANINGS[s]})`).join('; ')}` }),
  members: z.array(z.number().int().min(0)).optional().meta({ description: 'Members the step points at: the two ends of a path, or those to highlight' }),
});

/** How a class plays the lesson live (`murmur classroom LESSON`): where students sit, and what changes mid-session. */
export const classroom = z
  .strictObject({
    seats: z.number().int().min(1).max(500).optional().meta({ description: 'Most students the session seats (empty seats are simulated members); 40 when absent' }),
    placement: z
      .enum(['circle', 'spread', 'halves'])
      .optional()
      .meta({ description: 'circle: the class is a circle of its own; spread: students among simulated members; halves: the class split in two' }),
    ties: z
      .strictObject({ round: z.number().int().min(1), count: z.number().int().min(1).max(100) })
      .optional()
      .meta({ description: 'Long-range ties added between circles before this round' }),
    titles: z.record(z.string(), z.string().min(1).max(80)).optional().meta({ description: "What students read as each item's title, by item id" }),
    roundMs: z.number().int().min(1000).max(600_000).optional().meta({ description: 'Time students have to answer a round, in milliseconds' }),
  })
  .meta({ description: 'Settings for playing the lesson as a participatory classroom session' });

export const lesson = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1),
  summary: z.string().min(1).meta({ description: 'What the class will see, in one or two sentences' }),
  question: z.string().min(1).optional().meta({ description: 'The question the lesson answers, in one plain line ending in "?" (the lesson picker shows it under the title)' }),
  scenario: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).meta({ description: 'A scenario file name relative to the lesson file, or a scenario written inline' }),
  steps: z.array(step).min(1),
  classroom: classroom.optional(),
});

/** A lesson as written in a file. */
export type LessonInput = z.input<typeof lesson>;
/** A parsed lesson with defaults applied (settings {} and show [] when absent). */
export type Lesson = z.output<typeof lesson>;
export type LessonStep = z.output<typeof step>;
export type LessonRun = z.output<typeof run>;
