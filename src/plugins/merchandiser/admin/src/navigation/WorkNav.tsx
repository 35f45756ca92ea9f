import { SubNav, useAuth } from '@strapi/strapi/admin';
import { useMemo } from 'react';
import { useT } from '../hooks/useT';
import { linkTarget, WORK_AREAS, type WorkLink } from './work-areas';

const READ = 'plugin::content-manager.explorer.read';

/**
 * The plugin's side navigation: the daily work grouped by task, each link to
 * the list that answers "what needs me". A link to a list shows only to those
 * whose role may read it (a department role sees what it uses).
 */
export const WorkNav = () => {
  const t = useT();
  const permissions = useAuth('WorkNav', (state) => state.permissions);
  const readable = useMemo(
    () => new Set(permissions.filter((p) => p.action === READ).map((p) => p.subject ?? '')),
    [permissions]
  );
  const visible = (link: WorkLink) => !link.uid || readable.has(link.uid);

  return (
    <SubNav.Main aria-label={t('work.title', 'Daily work')}>
      <SubNav.Header label={t('work.title', 'Daily work')} />
      <SubNav.Sections>
        {WORK_AREAS.map((area) => {
          const links = area.links.filter(visible);
          if (links.length === 0) return null;
          return (
            <SubNav.Section key={area.id} label={t(`work.area.${area.id}`, area.label)} sectionId={area.id}>
              {links.map((link) => (
                <SubNav.Link key={link.id} to={linkTarget(link)} end label={t(`work.link.${link.id}`, link.label)} />
              ))}
            </SubNav.Section>
          );
        })}
      </SubNav.Sections>
    </SubNav.Main>
  );
};
