import { Box, Flex, Typography } from '@strapi/design-system';
import type { OutputPoint } from '../../../shared/contracts/dashboard';
import { useColours } from '../hooks/useColours';
import { useDay } from '../hooks/useDay';
import { useT } from '../hooks/useT';

const SERIES = [
  { key: 'cutting', color: 'alternative600' },
  { key: 'sewing', color: 'primary600' },
  { key: 'packing', color: 'success600' },
  { key: 'defects', color: 'danger600' },
] as const;

/** Daily output of the last 30 days as lines (an inline SVG: no chart library for four series). */
export const OutputChart = ({ points }: { points: OutputPoint[] }) => {
  const t = useT();
  const day = useDay();
  const colour = useColours();
  const width = 640;
  const height = 180;
  const pad = 28;
  const max = Math.max(1, ...points.flatMap((p) => SERIES.map((s) => p[s.key])));
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, points.length - 1);
  const y = (v: number) => height - pad - (v * (height - 2 * pad)) / max;
  return (
    <Box data-testid="output-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={t('output.title', 'Daily output, last 30 days')}
      >
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke={colour('neutral200')} />
        <text x={4} y={pad} fontSize="10" fill={colour('neutral600')}>
          {max}
        </text>
        {points.length > 0 && (
          <>
            <text x={pad} y={height - 8} fontSize="10" fill={colour('neutral600')}>
              {day(points[0].date)}
            </text>
            <text x={width - pad - 28} y={height - 8} fontSize="10" fill={colour('neutral600')}>
              {day(points[points.length - 1].date)}
            </text>
          </>
        )}
        {SERIES.map((series) => (
          <polyline
            key={series.key}
            fill="none"
            stroke={colour(series.color)}
            strokeWidth={2}
            points={points.map((p, i) => `${x(i)},${y(p[series.key])}`).join(' ')}
          />
        ))}
      </svg>
      <Flex gap={4} paddingTop={2}>
        {SERIES.map((series) => (
          <Flex key={series.key} gap={1}>
            <Box style={{ width: 12, height: 4, background: colour(series.color) }} />
            <Typography variant="pi">{t(`output.${series.key}`, series.key)}</Typography>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};
