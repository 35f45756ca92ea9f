import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { ACTIONS } from '../pluginId';
import { Dashboard } from './Dashboard';
import { SizeGridPage } from './SizeGridPage';

/** /admin/plugins/merchandiser: the dashboard, and the size-breakdown grid of an order. */
export const App = () => (
  <Page.Protect permissions={[{ action: ACTIONS.dashboard, subject: null }]}>
    <Routes>
      <Route index element={<Dashboard />} />
      <Route path="orders/:documentId/lines" element={<SizeGridPage />} />
    </Routes>
  </Page.Protect>
);
