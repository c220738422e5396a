/**
 * The counts a counts-only community session shares (architecture: Community approval): at the PMT, who received the
 * session by bundle without its notes, this is all there is of it and what the exports count; at the facilitator's
 * laptop it says what the last bundle carried.
 */
import type { Session } from '../../shared/domain/schemas';
import { sharesCountsOnly } from '../../shared/privacy/community';
import { useT } from '../ui/i18n';

export function CommunityTallyNote({ session }: { session: Session }) {
  const tr = useT();
  const tally = session.communityTally;
  if (!tally || !sharesCountsOnly(session)) return null;
  return (
    <p className="community-tally">
      {tr.t('sessions.community.tally', {
        notes: tally.notes,
        speakers: tally.speakers,
        date: tr.date(tally.at, { dateStyle: 'long' }),
      })}
    </p>
  );
}
