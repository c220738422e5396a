/**
 * Community data: mark the session as held with a community whose data it is, record that community's approval
 * (who, when, for what), and give the community its own copy back. Until an approval is recorded nothing of the
 * session leaves in any export or bundle (architecture: Community approval).
 */
import { useState } from 'react';
import type { ApprovalScope, Session } from '../../shared/domain/schemas';
import { communityStatus } from '../../shared/privacy/community';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { recordCommunityApproval, setSessionCommunity, withdrawCommunityApproval } from '../data/commands/community';
import { ReturnToCommunityButton } from './ReturnToCommunityButton';

const SCOPE_LABELS: Record<keyof ApprovalScope, string> = {
  quotes: 'Quotes (their words may appear)',
  counts: 'Counts (their notes may be counted)',
  themes: 'Themes (theme names from their session)',
};

export function scopeWords(scope: ApprovalScope): string {
  const parts = [scope.quotes && 'quotes', scope.counts && 'counts', scope.themes && 'themes'].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing to leave';
}

function MarkForm({ session }: { session: Session }) {
  const { runner } = useData();
  const act = useAct();
  const [name, setName] = useState(session.community?.name ?? '');
  const [requirement, setRequirement] = useState(session.community?.requirement ?? '');
  return (
    <form
      className="inline-form"
      aria-label="Community"
      onSubmit={(event) => {
        event.preventDefault();
        void act(
          setSessionCommunity(runner, session.id, { name, requirement }),
          session.community ? 'Community saved' : `Marked as ${name.trim()}'s data: withheld until approved`,
        );
      }}
    >
      <label className="field">
        <span>Community whose data it is</span>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field grow">
        <span>Approval it requires</span>
        <input type="text" value={requirement} onChange={(e) => setRequirement(e.target.value)} />
      </label>
      <button type="submit">{session.community ? 'Save community' : 'Mark as community data'}</button>
      {session.community && (
        <button
          type="button"
          onClick={() => void act(setSessionCommunity(runner, session.id, null), 'No longer marked as community data')}
        >
          Unmark
        </button>
      )}
    </form>
  );
}

/** Opens on what was recorded, if anything (a correction starts from it); a new approval starts from today. */
function ApprovalForm({ session }: { session: Session }) {
  const { runner } = useData();
  const act = useAct();
  const recorded = session.communityApproval;
  const [approvedBy, setApprovedBy] = useState(recorded?.approvedBy ?? '');
  const [approvedOn, setApprovedOn] = useState(recorded?.approvedOn ?? new Date().toISOString().slice(0, 10));
  const [scope, setScope] = useState<ApprovalScope>(recorded?.scope ?? { quotes: false, counts: true, themes: true });
  return (
    <form
      className="inline-form"
      aria-label="Record approval"
      onSubmit={(event) => {
        event.preventDefault();
        void act(
          recordCommunityApproval(runner, session.id, { approvedBy, approvedOn, scope }),
          `Approval recorded for ${scopeWords(scope)}`,
        );
      }}
    >
      <label className="field">
        <span>Approved by</span>
        <input type="text" value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)} />
      </label>
      <label className="field">
        <span>Approved on</span>
        <input type="date" value={approvedOn} onChange={(e) => setApprovedOn(e.target.value)} />
      </label>
      <fieldset className="field">
        <legend>May leave</legend>
        {(Object.keys(SCOPE_LABELS) as (keyof ApprovalScope)[]).map((key) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={scope[key]}
              onChange={(e) => setScope({ ...scope, [key]: e.target.checked })}
            />{' '}
            {SCOPE_LABELS[key]}
          </label>
        ))}
      </fieldset>
      <button type="submit">Record approval</button>
    </form>
  );
}

export function CommunitySection({ session, projectId }: { session: Session; projectId: string }) {
  const { runner } = useData();
  const act = useAct();
  const status = communityStatus(session);
  const approval = session.communityApproval;
  return (
    <section aria-labelledby="community-heading" className="setup-section">
      <h2 id="community-heading">Community data</h2>
      <p className="muted">
        Held with a community whose data it is (an Indigenous organisation, a youth council)? Name it, and nothing of
        this session leaves in exports or bundles until its approval is recorded.
      </p>
      <MarkForm key={`${session.community?.name ?? ''}|${session.community?.requirement ?? ''}`} session={session} />
      {status.kind === 'pending' && (
        <p className="notice community-notice" role="status">
          Withheld pending approval of {status.community}
          {session.community?.requirement ? ` (${session.community.requirement})` : ''}. Nothing of this session leaves.
        </p>
      )}
      {status.kind === 'approved' && approval && (
        <div className="notice notice-info">
          <p role="status">
            Approved by {approval.approvedBy} on {approval.approvedOn} for {scopeWords(approval.scope)}.
          </p>
          <button
            type="button"
            onClick={() => void act(withdrawCommunityApproval(runner, session.id), 'Approval withdrawn')}
          >
            Withdraw approval
          </button>
        </div>
      )}
      {session.community && (
        <>
          <h3>Record the community’s approval</h3>
          {/* Keyed by the recorded approval, so a new one (from here, undo or another device) refills the form. */}
          <ApprovalForm key={approval?.recordedAt ?? 'none'} session={session} />
        </>
      )}
      {session.community && <ReturnToCommunityButton session={session} projectId={projectId} />}
    </section>
  );
}
