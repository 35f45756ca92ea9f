import type { StrapiApp } from '@strapi/strapi/admin';
import { contentTypeNames } from './content-type-names';
import contentManagerZh from './translations/content-manager.zh-Hans.json';
import { contentManagerExtraZh } from './translations/content-manager-extra';

/** Where Strapi's admin keeps the guided tour's state (GuidedTour/Context). */
const GUIDED_TOUR = 'STRAPI_GUIDED_TOUR';

/**
 * Strapi's release announcements (the Media Library banner) are news for
 * developers, not for a factory's merchandisers: marked as read once per
 * project. Strapi keys them by the project's uuid, which /admin/init answers.
 */
async function quietStrapiAnnouncements() {
  if (typeof window === 'undefined') return;
  try {
    const backend = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
    const init = (await (await fetch(`${backend}/admin/init`)).json()) as { data?: { uuid?: string | false } };
    // Strapi scopes the key by whatever uuid it has, `false` included (telemetry off).
    const scope = String(init.data?.uuid);
    for (const legacy of ['true', 'false']) {
      const key = `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`;
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, 'true');
    }
  } catch {
    // Offline or refused: the banner shows, nothing else changes.
  }
}

/** The admin panel speaks English and Simplified Chinese; merchandisers pick theirs in their profile. */
export default {
  config: {
    locales: ['zh-Hans'],
    translations: {
      en: {
        ...contentTypeNames('en'),
        'Auth.form.welcome.title': 'Welcome to Gendan',
        'Auth.form.welcome.subtitle': 'Production order tracking — log in to your account',
      },
      'zh-Hans': {
        // Strapi's own Content Manager in Chinese (its translation registers under the wrong keys).
        ...contentManagerZh,
        ...contentManagerExtraZh,
        ...contentTypeNames('zh-Hans'),
        'Auth.form.welcome.title': '欢迎使用跟单 Gendan',
        'Auth.form.welcome.subtitle': '生产跟单系统 — 登录您的账户',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {
    // Strapi's guided tour teaches building content types, not tracking orders: off unless a user turns it back on.
    if (typeof window !== 'undefined' && window.localStorage.getItem(GUIDED_TOUR) === null) {
      window.localStorage.setItem(GUIDED_TOUR, JSON.stringify({ enabled: false, completedActions: [], hidden: false }));
    }
    void quietStrapiAnnouncements();
  },
};
