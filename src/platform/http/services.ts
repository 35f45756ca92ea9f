import type { Core } from '@strapi/strapi';
import type summary from '../../api/customer/services/summary';
import type inbox from '../../api/notification/services/inbox';
import type reminders from '../../api/notification/services/reminders';
import type timeAndAction from '../../api/order-milestone/services/time-and-action';
import type orderChanges from '../../api/order/services/order-changes';
import type orderLines from '../../api/order/services/order-lines';
import type orderMaterials from '../../api/order/services/order-materials';
import type orderProgress from '../../api/order/services/order-progress';
import type orderShipping from '../../api/order/services/order-shipping';
import type orderWorkflow from '../../api/order/services/order-workflow';
import type applyDelay from '../../api/production-exception/services/apply-delay';
import type load from '../../api/production-line/services/load';
import type daily from '../../api/production-report/services/daily';
import type expediting from '../../api/purchase-order/services/expediting';
import type sampleFlow from '../../api/sample/services/sample-flow';

/** Gendan's own services by UID, with the type each factory returns. */
export interface GendanServices {
  'api::customer.summary': ReturnType<typeof summary>;
  'api::notification.inbox': ReturnType<typeof inbox>;
  'api::notification.reminders': ReturnType<typeof reminders>;
  'api::order-milestone.time-and-action': ReturnType<typeof timeAndAction>;
  'api::order.order-changes': ReturnType<typeof orderChanges>;
  'api::order.order-lines': ReturnType<typeof orderLines>;
  'api::order.order-materials': ReturnType<typeof orderMaterials>;
  'api::order.order-progress': ReturnType<typeof orderProgress>;
  'api::order.order-shipping': ReturnType<typeof orderShipping>;
  'api::order.order-workflow': ReturnType<typeof orderWorkflow>;
  'api::production-exception.apply-delay': ReturnType<typeof applyDelay>;
  'api::production-line.load': ReturnType<typeof load>;
  'api::production-report.daily': ReturnType<typeof daily>;
  'api::purchase-order.expediting': ReturnType<typeof expediting>;
  'api::sample.sample-flow': ReturnType<typeof sampleFlow>;
}

/** One of Gendan's services, typed: the one place that tells TypeScript what `strapi.service()` returns. */
export const getService = <U extends keyof GendanServices>(strapi: Core.Strapi, uid: U): GendanServices[U] =>
  strapi.service(uid as never) as unknown as GendanServices[U];
