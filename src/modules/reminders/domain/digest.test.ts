import { composeDigest, type DigestItem } from './digest';

const items: DigestItem[] = [
  {
    type: 'milestone-due',
    title: 'PO-1 · PP sample approved is due 2026-11-30',
    titleZh: 'PO-1 · 产前样确认将于 2026-11-30 到期',
    dueDate: '2026-11-30',
    link: '/admin/content-manager/collection-types/api::order.order/o1',
  },
  {
    type: 'ex-factory-at-risk',
    title: 'PO-1: ex-factory projected <late>',
    titleZh: 'PO-1：预计出厂延误',
    dueDate: '2026-12-14',
    link: null,
  },
];

describe('composeDigest', () => {
  it('writes the digest in English, the late first, with absolute links', () => {
    const digest = composeDigest({ name: 'Lin', language: 'en', date: '2026-11-27', items, baseUrl: 'http://x:1337/' });
    expect(digest.subject).toBe('[Gendan] 2026-11-27: 2 items to chase');
    expect(digest.text.indexOf('Ex-factory at risk (1)')).toBeLessThan(digest.text.indexOf('Milestones due (1)'));
    expect(digest.text).toContain('  http://x:1337/admin/content-manager/collection-types/api::order.order/o1');
    expect(digest.html).toContain('PO-1: ex-factory projected &lt;late&gt;');
  });

  it('writes it in Chinese for a zh-Hans user', () => {
    const digest = composeDigest({ name: '林', language: 'zh-Hans', date: '2026-11-27', items, baseUrl: 'http://x' });
    expect(digest.subject).toBe('【跟单提醒】2026-11-27：2 项待跟进');
    expect(digest.text).toContain('林您好，');
    expect(digest.text).toContain('即将到期节点 (1)');
    expect(digest.html).toContain('<h3>出厂期风险 (1)</h3>');
  });
});
