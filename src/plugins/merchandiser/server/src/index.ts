import dashboardController from './controllers/dashboard';
import ordersController from './controllers/orders';
import timeAndActionController from './controllers/time-and-action';
import register from './register';
import adminRoutes from './routes/admin';
import accessService from './services/access';
import dashboardService from './services/dashboard';

/** The merchandiser plugin's server: admin routes for the cockpit, over aggregate SQL and the app's services. */
export default {
  register,
  routes: { admin: adminRoutes },
  controllers: { dashboard: dashboardController, orders: ordersController, timeAndAction: timeAndActionController },
  services: { dashboard: dashboardService, access: accessService },
};
