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
import type { MessageId } from '../../shared/i18n/catalogue';
import { dayText } from '../../shared/i18n/dayText';
import { msg, useT } from '../ui/i18n';
import { ReturnToCommunityButton } from './ReturnToCommunityButton';
import { CommunityTallyNote } from './CommunityTallyNote';

const SCOPE_LABELS: Record<keyof ApprovalScope, MessageId> = {
  quotes: 'sessions.community.scope.quotes',
  counts: 'sessions.community.scope.counts',
  themes: 'sessions.community.scope.themes',
};

const SCOPE_WORDS: Record<keyof ApprovalScope, MessageId> = {
  quotes: 'sessions.community.word.quotes',
  counts: 'sessions.community.word.counts',
  themes: 'sessions.community.word.themes',
};

/** What an approval lets leave, in a few words of the app's language ("quotes, counts"). */
export function scopeWords(scope: ApprovalScope): string {
  const parts = (Object.keys(SCOPE_WORDS) as (keyof ApprovalScope)[]).filter((key) => scope[key]);
  return parts.length ? parts.map((key) => msg(SCOPE_WORDS[key])).join(', ') : msg('sessions.community.word.nothing');
}

function MarkForm({ session }: { session: Session }) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const [name, setName] = useState(session.community?.name ?? '');
  const [requirement, setRequirement] = useState(session.community?.requirement ?? '');
  return (
    <form
      className="inline-form"
      aria-label={t('sessions.community.form')}
      onSubmit={(event) => {
        event.preventDefault();
        void act(
          setSessionCommunity(runner, session.id, { name, requirement }),
          session.community ? t('sessions.community.saved') : t('sessions.community.marked', { name: name.trim() }),
        );
      }}
    >
      <label className="field">
        <span>{t('sessions.community.name')}</span>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field grow">
        <span>{t('sessions.community.requirement')}</span>
        <input type="text" value={requirement} onChange={(e) => setRequirement(e.target.value)} />
      </label>
      <button type="submit">{session.community ? t('sessions.community.save') : t('sessions.community.mark')}</button>
      {session.community && (
        <button
          type="button"
          onClick={() => void act(setSessionCommunity(runner, session.id, null), t('sessions.community.unmarked'))}
        >
          {t('sessions.community.unmark')}
        </button>
      )}
    </form>
  );
}

/** Opens on what was recorded, if anything (a correction starts from it); a new approval starts from today. */
function ApprovalForm({ session }: { session: Session }) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const recorded = session.communityApproval;
  const [approvedBy, setApprovedBy] = useState(recorded?.approvedBy ?? '');
  const [approvedOn, setApprovedOn] = useState(recorded?.approvedOn ?? new Date().toISOString().slice(0, 10));
  const [scope, setScope] = useState<ApprovalScope>(recorded?.scope ?? { quotes: false, counts: true, themes: true });
  return (
    <form
      className="inline-form"
      aria-label={t('sessions.community.approvalForm')}
      onSubmit={(event) => {
        event.preventDefault();
        void act(
          recordCommunityApproval(runner, session.id, { approvedBy, approvedOn, scope }),
          t('sessions.community.recorded', { scope: scopeWords(scope) }),
        );
      }}
    >
      <label className="field">
        <span>{t('sessions.community.approvedBy')}</span>
        <input type="text" value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('sessions.community.approvedOn')}</span>
        <input type="date" value={approvedOn} onChange={(e) => setApprovedOn(e.target.value)} />
      </label>
      <fieldset className="field">
        <legend>{t('sessions.community.mayLeave')}</legend>
        {(Object.keys(SCOPE_LABELS) as (keyof ApprovalScope)[]).map((key) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={scope[key]}
              onChange={(e) => setScope({ ...scope, [key]: e.target.checked })}
            />{' '}
            {t(SCOPE_LABELS[key])}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('sessions.community.record')}</button>
    </form>
  );
}

export function CommunitySection({ session, projectId }: { session: Session; projectId: string }) {
  const { runner } = useData();
  const act = useAct();
  const tr = useT();
  const { t } = tr;
  const status = communityStatus(session);
  const approval = session.communityApproval;
  return (
    <section aria-labelledby="community-heading" className="setup-section">
      <h2 id="community-heading">{t('sessions.community.heading')}</h2>
      <p className="muted">{t('sessions.community.intro')}</p>
      <MarkForm key={`${session.community?.name ?? ''}|${session.community?.requirement ?? ''}`} session={session} />
      {status.kind === 'pending' && (
        <p className="notice community-notice" role="status">
          {t('sessions.community.pending', {
            community: status.community,
            hasRequirement: session.community?.requirement ? 'yes' : 'no',
            requirement: session.community?.requirement ?? '',
          })}
        </p>
      )}
      {status.kind === 'approved' && approval && (
        <div className="notice notice-info">
          <p role="status">
            {t('sessions.community.approved', {
              approvedBy: approval.approvedBy,
              date: dayText(approval.approvedOn, tr),
              scope: scopeWords(approval.scope),
            })}
          </p>
          <button
            type="button"
            onClick={() => void act(withdrawCommunityApproval(runner, session.id), t('sessions.community.withdrawn'))}
          >
            {t('sessions.community.withdraw')}
          </button>
        </div>
      )}
      {status.kind === 'approved' && approval && <CommunityTallyNote session={session} />}
      {session.community && (
        <>
          <h3>{t('sessions.community.recordHeading')}</h3>
          {/* Keyed by the recorded approval, so a new one (from here, undo or another device) refills the form. */}
          <ApprovalForm key={approval?.recordedAt ?? 'none'} session={session} />
        </>
      )}
      {session.community && <ReturnToCommunityButton session={session} projectId={projectId} />}
    </section>
  );
}
