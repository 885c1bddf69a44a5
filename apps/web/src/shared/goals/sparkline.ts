/**
 * A sparkline's geometry: the values (null = no figure that round) placed in a `width` × `height`
 * box with `pad` inside, the lowest at the bottom. A gap splits the line; a single value is a dot.
 */
export interface SparkGeometry {
  /** One polyline `points` string per unbroken run of values. */
  runs: string[];
  /** Every known point, for the dots (the last one is drawn larger). */
  dots: { x: number; y: number }[];
}

export function sparkGeometry(
  values: readonly (number | null)[],
  { width, height, pad = 3 }: { width: number; height: number; pad?: number },
): SparkGeometry {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return { runs: [], dots: [] };
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  const place = (value: number, i: number) => ({
    x: round(values.length > 1 ? pad + i * step : width / 2),
    // a flat series sits in the middle
    y: round(span === 0 ? height / 2 : height - pad - ((value - min) / span) * (height - 2 * pad)),
  });
  const runs: string[] = [];
  const dots: { x: number; y: number }[] = [];
  let run: string[] = [];
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
      return;
    }
    const point = place(value, i);
    dots.push(point);
    run.push(`${point.x},${point.y}`);
  });
  if (run.length > 1) runs.push(run.join(' '));
  return { runs, dots };
}
