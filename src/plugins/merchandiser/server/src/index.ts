import dailyOutputController from './controllers/daily-output';
import exportsController from './controllers/exports';
import dashboardController from './controllers/dashboard';
import expeditingController from './controllers/expediting';
import importsController from './controllers/imports';
import ordersController from './controllers/orders';
import receiptsController from './controllers/receipts';
import timeAndActionController from './controllers/time-and-action';
import register from './register';
import adminRoutes from './routes/admin';
import accessService from './services/access';
import dashboardService from './services/dashboard';

/** The merchandiser plugin's server: admin routes for the cockpit, over aggregate SQL and the app's services. */
export default {
  register,
  routes: { admin: adminRoutes },
  controllers: {
    dashboard: dashboardController,
    dailyOutput: dailyOutputController,
    exports: exportsController,
    expediting: expeditingController,
    imports: importsController,
    orders: ordersController,
    receipts: receiptsController,
    timeAndAction: timeAndActionController,
  },
  services: { dashboard: dashboardService, access: accessService },
};
