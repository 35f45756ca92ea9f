import { Widget } from '@strapi/strapi/admin';
import type { GetAtRisk, GetDue } from '../../../shared/contracts/dashboard';
import { AtRiskTable } from '../components/AtRiskTable';
import { DueList } from '../components/DueList';
import { useAdminGet } from '../hooks/useAdminGet';
import { useT } from '../hooks/useT';

/** Homepage: the signed-in merchandiser's orders projected to be late. */
export const MyAtRiskWidget = () => {
  const t = useT();
  const { data, loading, error } = useAdminGet<GetAtRisk.Response>('/merchandiser/dashboard/at-risk', {
    merchandiser: 'me',
  });
  if (loading) return <Widget.Loading />;
  if (error || !data) return <Widget.Error />;
  if (data.data.length === 0)
    return <Widget.NoData>{t('widget.atRisk.empty', 'None of your orders is at risk.')}</Widget.NoData>;
  return <AtRiskTable orders={data.data.slice(0, 6)} compact />;
};

/** Homepage: what is overdue or due in the next seven days. */
export const DueThisWeekWidget = () => {
  const t = useT();
  const { data, loading, error } = useAdminGet<GetDue.Response>('/merchandiser/dashboard/due');
  if (loading) return <Widget.Loading />;
  if (error || !data) return <Widget.Error />;
  const week = data.data.filter((item) => item.urgency === 'overdue' || item.days <= 7);
  if (week.length === 0) return <Widget.NoData>{t('widget.due.empty', 'Nothing due this week.')}</Widget.NoData>;
  return <DueList items={week} limit={8} />;
};
