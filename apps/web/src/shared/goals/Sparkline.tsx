import { sparkGeometry } from './sparkline';
import styles from './goals.module.css';

/**
 * A small line of one series over rounds, drawn as inline SVG (no chart library on the dashboard).
 * With `label` it is one image to assistive technology that says every figure in words; without
 * one it is decoration beside a visible text that says them (nothing is only in the picture).
 */
export function Sparkline({
  values,
  label,
  width = 120,
  height = 32,
}: {
  values: readonly (number | null)[];
  label?: string;
  width?: number;
  height?: number;
}) {
  const { runs, dots } = sparkGeometry(values, { width, height });
  return (
    <svg
      className={styles.sparkline}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      {runs.map((points) => (
        <polyline key={points} points={points} fill="none" strokeWidth="2" />
      ))}
      {dots.map((dot, i) => (
        <circle key={`${dot.x}-${dot.y}`} cx={dot.x} cy={dot.y} r={i === dots.length - 1 ? 3.5 : 2} />
      ))}
    </svg>
  );
}
