import { Badge } from '@strapi/design-system';
import type { MilestoneView } from '../../../../../modules/time-and-action/contracts';
import { useT } from '../hooks/useT';

type Status = MilestoneView['status'];

const VARIANT: Record<Status, 'success' | 'danger' | 'warning' | 'secondary' | 'neutral'> = {
  done: 'success',
  overdue: 'danger',
  'at-risk': 'warning',
  due: 'secondary',
  upcoming: 'neutral',
};
const DEFAULTS: Record<Status, string> = {
  done: 'Done',
  overdue: 'Overdue',
  'at-risk': 'At risk',
  due: 'Due',
  upcoming: 'Upcoming',
};
/** Timeline colours of each status: design-system tokens, so the dark theme has its own. */
export const STATUS_COLOUR: Record<Status, string> = {
  done: 'success600',
  overdue: 'danger600',
  'at-risk': 'warning600',
  due: 'primary600',
  upcoming: 'neutral500',
};

/** A milestone's status as a coloured badge, in the panel's language. */
export const MilestoneStatus = ({ status }: { status: Status }) => {
  const t = useT();
  return (
    <Badge variant={VARIANT[status]} data-status={status}>
      {t(`ta.status.${status}`, DEFAULTS[status])}
    </Badge>
  );
};
