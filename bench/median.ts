/** The middle value (the upper one of an even count), NaN for none: what the benchmarks report of repeated runs. */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
