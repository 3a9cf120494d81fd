import { Button, Collapse } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { CommentThread } from './CommentThread';

/**
 * A proposal's conversation, folded under its card: opened on demand, so a gap with many
 * proposals does not ask for every conversation at once.
 */
export function ProposalConversation({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={`conversation-${proposalId}`}
      >
        {t(opened ? 'comments.hideProposal' : 'comments.showProposal')}
      </Button>
      <Collapse expanded={opened} id={`conversation-${proposalId}`}>
        {opened && (
          <CommentThread
            subject={{ proposalId }}
            headingId={`conversation-title-${proposalId}`}
            compact
          />
        )}
      </Collapse>
    </>
  );
}
