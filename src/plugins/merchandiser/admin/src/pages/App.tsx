import { Layouts, Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { WorkNav } from '../navigation/WorkNav';
import { ACTIONS } from '../pluginId';
import { DailyOutputPage } from './DailyOutputPage';
import { Dashboard } from './Dashboard';
import { ExpeditingPage } from './ExpeditingPage';
import { FigurePage } from './FigurePage';
import { ImportPage } from './ImportPage';
import { ImportsPage } from './ImportsPage';
import { NotificationsPage } from './NotificationsPage';
import { OverviewPage } from './OverviewPage';
import { PackingListPage } from './PackingListPage';
import { PackingStartPage } from './PackingStartPage';
import { ReceiptInspectionPage } from './ReceiptInspectionPage';
import { SizeGridPage } from './SizeGridPage';
import { TimeAndActionPage } from './TimeAndActionPage';

/** /admin/plugins/merchandiser, beside the work navigation: the dashboard, the T&A overview and an order's calendar, notifications, the size grid, receipt inspection, expediting, the daily output sheet, an order's packing list, sheet imports. */
export const App = () => (
  <Page.Protect permissions={[{ action: ACTIONS.dashboard, subject: null }]}>
    <Layouts.Root sideNav={<WorkNav />}>
      <Routes>
        <Route index element={<Dashboard />} />
        <Route path="figure" element={<FigurePage />} />
        <Route path="orders/:documentId/lines" element={<SizeGridPage />} />
        <Route path="orders/:documentId/time-and-action" element={<TimeAndActionPage />} />
        <Route path="orders/:documentId/packing" element={<PackingListPage />} />
        <Route path="packing" element={<PackingStartPage />} />
        <Route path="time-and-action" element={<OverviewPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="receipts/new" element={<ReceiptInspectionPage />} />
        <Route path="expediting" element={<ExpeditingPage />} />
        <Route path="daily-output" element={<DailyOutputPage />} />
        <Route path="imports" element={<ImportsPage />} />
        <Route path="imports/:documentId" element={<ImportPage />} />
      </Routes>
    </Layouts.Root>
  </Page.Protect>
);
