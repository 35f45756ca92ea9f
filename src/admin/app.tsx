import type { StrapiApp } from '@strapi/strapi/admin';

/** Where Strapi's admin keeps the guided tour's state (GuidedTour/Context). */
const GUIDED_TOUR = 'STRAPI_GUIDED_TOUR';

/** The admin panel speaks English and Simplified Chinese; merchandisers pick theirs in their profile. */
export default {
  config: {
    locales: ['zh-Hans'],
    translations: {
      en: {
        'Auth.form.welcome.title': 'Welcome to Gendan',
        'Auth.form.welcome.subtitle': 'Production order tracking — log in to your account',
      },
      'zh-Hans': {
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
  },
};
