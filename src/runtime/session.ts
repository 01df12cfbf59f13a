// An interactive run for the studio: create, step, read deltas, dispose.
export const sessionApi = {};
