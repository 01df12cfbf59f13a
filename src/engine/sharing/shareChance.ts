// The chance per tie of passing an item on, declared once: independent-cascade and sir mean the same p, so it carries over a switch of model.
import { PROBABILITY, type NumberParam } from '../params';

export const SHARE_CHANCE: NumberParam = {
  ...PROBABILITY,
  default: 0.1,
  label: 'chance of passing it on',
  unit: 'probability',
  doc: 'Chance per tie that a sharer passes the item on: once (independent-cascade) or every tick until recovery (sir)',
};
