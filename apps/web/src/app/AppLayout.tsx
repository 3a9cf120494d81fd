import { AppShell, Badge, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';

import { can } from '../auth/permissions';
import { session } from '../auth/session';
import { useUser } from '../auth/use-session';
import { PageLoader } from '../common/PageLoader';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();

  const links = [
    { to: '/', label: t('nav.home'), show: true, end: true },
    { to: '/gaps', label: t('nav.gaps'), show: true },
    { to: '/offers', label: t('nav.offers'), show: can.seeOffers(user) },
    { to: '/proposals', label: t('nav.proposals'), show: can.answerProposals(user) },
    { to: '/partnerships', label: t('nav.partnerships'), show: true },
    { to: '/runs', label: t('nav.runs'), show: can.seeRuns(user) },
    { to: '/what-if', label: t('nav.whatIf'), show: can.seeRuns(user) },
    { to: '/dashboard', label: t('nav.dashboard'), show: can.seeReports(user) },
    { to: '/pledges', label: t('pledges.nav.pledges'), show: true },
    { to: '/ministerials', label: t('pledges.nav.ministerials'), show: true },
    { to: '/import', label: t('nav.import'), show: can.importGaps(user) || can.importOffers(user) },
  ].filter((link) => link.show);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.menu')}
            />
            <Title order={2} size="h4">
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('app.name')}
              </Link>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
            <Group gap={6} visibleFrom="md" wrap="nowrap">
              <Text size="sm">{user.email}</Text>
              <Badge variant="light">
                {t(`enum.Role.${user.role}`)}
                {user.memberStateIso3 && ' · '}
                {user.memberStateIso3}
              </Badge>
            </Group>
            <Button variant="default" size="xs" onClick={() => session.signOut()}>
              {t('nav.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={RouterNavLink}
            to={link.to}
            end={link.end}
            label={link.label}
            variant="filled"
            active={
              link.end ? location.pathname === link.to : location.pathname.startsWith(link.to)
            }
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
