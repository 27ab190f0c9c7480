// The quality gate's one rule, shared by bench/quality.mjs --gate and bench/speed.mjs: a set's
// F1 holds its floor (bench/floors.json, which only goes up) when it is at most GATE_TOLERANCE
// below it. The tolerance absorbs a page's worth of change; a drop beyond it is a regression.
export const GATE_TOLERANCE = 0.003;

/** Floors are written rounded to 4 decimals (quality.mjs --raise-floors): compare at that precision. */
export const holdsFloor = (f1, floor) => Math.round(f1 * 1e4) / 1e4 >= floor - GATE_TOLERANCE;
