import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { GetOrderProgress } from '../../../modules/production/contracts';
import { outputByOperation } from '../../../modules/production/domain/progress';
import { plannedSewingRate, projectFinish } from '../../../modules/production/domain/projection';
import { piecesOut } from '../../../modules/production/domain/subcontract';
import { loadJobs, loadReports } from '../../../modules/production/facts';
import { loadProductionSettings } from '../../../modules/production/settings';
import { linkedTo } from '../../../platform/db/links';
import { NOT_AT_RISK } from '../../../modules/orders/domain/risk';
import { loadOrderRisks, theseOrders } from '../../../modules/orders/risk';

/** Will the order make its ex-factory date? Output per operation, run rate, projection, exceptions, subcontracting. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async progress(documentId: string, now = new Date()): Promise<GetOrderProgress.Response> {
    const order = (await strapi.db.query(UID.order).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'poNumber', 'totalQuantity', 'exFactoryDate', 'stage'],
    })) as {
      id: number;
      documentId: string;
      poNumber: string;
      totalQuantity: number;
      exFactoryDate: string;
      stage: string | null;
    } | null;
    if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);

    const [reports, jobs, settings, sewingMilestones, exceptions] = await Promise.all([
      loadReports(strapi, order.id),
      loadJobs(strapi, order.id),
      loadProductionSettings(strapi),
      // The T&A sewing window gives an unstarted order its planned rate.
      strapi.db.query(UID.orderMilestone).findMany({
        where: {
          ...linkedTo(strapi, UID.orderMilestone, 'order', order.id),
          completedByParam: 'sewing',
          completedBy: { $in: ['output-started', 'output-complete'] },
        },
        select: ['completedBy', 'plannedDate'],
      }) as Promise<Array<{ completedBy: string; plannedDate: string }>>,
      strapi.db.query(UID.productionException).findMany({
        where: { ...linkedTo(strapi, UID.productionException, 'order', order.id), status: 'open' },
        select: [
          'documentId',
          'cause',
          'description',
          'impactDays',
          'action',
          'newExFactoryDate',
          'customerApprovedBy',
          'appliedAt',
        ],
        populate: { ownerDepartment: { select: ['key', 'name', 'nameZh'] } },
        orderBy: [{ id: 'asc' }],
      }) as Promise<GetOrderProgress.Response['data']['openExceptions']>,
    ]);
    const sewing = reports
      .filter((r) => r.operation === 'sewing')
      .map((r) => ({ date: r.date, goodQty: Number(r.goodQty) }));
    const window = {
      start: sewingMilestones.find((m) => m.completedBy === 'output-started')?.plannedDate ?? null,
      end: sewingMilestones.find((m) => m.completedBy === 'output-complete')?.plannedDate ?? null,
    };
    const projection = projectFinish({
      ordered: Number(order.totalQuantity ?? 0),
      reports: sewing,
      exFactoryDate: order.exFactoryDate,
      today: now,
      calendar: settings.calendar,
      runRateDays: settings.runRateDays,
      bufferDays: settings.bufferDays,
      stalledAfterDays: settings.stalledAfterDays,
      plannedRate: plannedSewingRate(Number(order.totalQuantity ?? 0), window, settings.calendar),
      plannedStart: window.start,
    });
    const good = reports.reduce((sum, r) => sum + Number(r.goodQty), 0);
    const defects = reports.reduce((sum, r) => sum + Number(r.defectQty ?? 0), 0);
    return {
      data: {
        order: { documentId: order.documentId, poNumber: order.poNumber, stage: order.stage },
        ordered: Number(order.totalQuantity ?? 0),
        byOperation: outputByOperation(reports.map((r) => ({ operation: r.operation, goodQty: Number(r.goodQty) }))),
        defectRate: good + defects > 0 ? Math.round((defects / (good + defects)) * 10000) / 100 : null,
        lineStart: projection.lineStart,
        runRate: projection.runRate,
        remaining: projection.remaining,
        projectedFinish: projection.projectedFinish,
        projectedReady: projection.projectedReady,
        exFactoryDate: order.exFactoryDate,
        atRisk: projection.atRisk,
        risk: projection.cause,
        idleDays: projection.idleDays,
        rateSource: projection.rateSource,
        daysLate: projection.daysLate,
        orderRisk: (await loadOrderRisks(strapi, now, theseOrders([order.id])))[0]?.risk ?? NOT_AT_RISK,
        openExceptions: exceptions,
        subcontract: jobs.map((job) => ({
          documentId: job.documentId,
          process: job.process,
          supplier: job.supplier,
          qtySent: job.qtySent ?? 0,
          qtyReceived: job.qtyReceived ?? 0,
          out: piecesOut(job),
          defects: job.defects ?? 0,
          sentAt: job.sentAt,
          dueDate: job.dueDate,
          status: job.status,
        })),
      },
      meta: {
        runRateDays: settings.runRateDays,
        bufferDays: settings.bufferDays,
        stalledAfterDays: settings.stalledAfterDays,
        weeklyDaysOff: [...settings.calendar.weeklyDaysOff],
      },
    };
  },
});
