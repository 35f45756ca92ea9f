import { ChartPie, Clock, WarningCircle } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { DocumentActionComponent, PanelComponent } from '@strapi/content-manager/strapi-admin';
import { deleteFromListFirst } from './components/deleteFromEditView';
import { OrderPanel } from './components/OrderPanel';
import { RecordSummaryPanel } from './components/RecordSummaryPanel';
import { ACTIONS, getTranslation, PLUGIN_ID } from './pluginId';

const prefixed = (data: Record<string, string>) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [getTranslation(key), value]));

/**
 * The merchandiser cockpit in the admin panel: the dashboard (menu 跟单看板),
 * the workflow panel of the order edit view, the summary of what Gendan derived
 * for a record (packing list, receipt, report, sample, completion), the size grid, two homepage widgets.
 * Everything is registered in `register`: a plugin's `bootstrap` gets no menu API.
 */
export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ChartPie,
      position: 2,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Merchandising' },
      permissions: [{ action: ACTIONS.dashboard, subject: null }],
      Component: () => import('./pages/App').then((module) => ({ default: module.App })),
    });
    const contentManager = app.getPlugin('content-manager').apis as {
      addEditViewSidePanel: (panels: PanelComponent[]) => void;
      addDocumentAction: (reduce: (actions: DocumentActionComponent[]) => DocumentActionComponent[]) => void;
    };
    contentManager.addEditViewSidePanel([OrderPanel, RecordSummaryPanel]);
    contentManager.addDocumentAction((actions) =>
      actions.map((action) => (action.type === 'delete' ? deleteFromListFirst(action) : action))
    );
    app.widgets.register([
      {
        id: 'my-at-risk-orders',
        pluginId: PLUGIN_ID,
        icon: WarningCircle,
        title: { id: getTranslation('widget.atRisk.title'), defaultMessage: 'My at-risk orders' },
        link: { label: { id: getTranslation('common.open'), defaultMessage: 'Open' }, href: `/plugins/${PLUGIN_ID}` },
        component: async () => (await import('./widgets/Widgets')).MyAtRiskWidget,
        permissions: [{ action: ACTIONS.dashboard }],
      },
      {
        id: 'due-this-week',
        pluginId: PLUGIN_ID,
        icon: Clock,
        title: { id: getTranslation('widget.due.title'), defaultMessage: 'Due this week' },
        link: { label: { id: getTranslation('common.open'), defaultMessage: 'Open' }, href: `/plugins/${PLUGIN_ID}` },
        component: async () => (await import('./widgets/Widgets')).DueThisWeekWidget,
        permissions: [{ action: ACTIONS.dashboard }],
      },
    ]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map((locale) =>
        import(`./translations/${locale}.json`)
          .then(({ default: data }) => ({ data: prefixed(data as Record<string, string>), locale }))
          .catch(() => ({ data: {}, locale }))
      )
    );
  },
};
