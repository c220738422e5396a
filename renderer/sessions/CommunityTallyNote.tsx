/**
 * The counts a counts-only community session shares (architecture: Community approval): at the PMT, who received the
 * session by bundle without its notes, this is all there is of it and what the exports count; at the facilitator's
 * laptop it says what the last bundle carried. Beside the totals, what the counts hold, folded away: notes per
 * question, per kind and (when themes are approved too) per theme, named from this computer's guide, kinds and
 * themes, so whoever received them can see what the reports will count.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CommunityTally, Session } from '../../shared/domain/schemas';
import type { MessageId } from '../../shared/i18n/catalogue';
import { sharesCountsOnly } from '../../shared/privacy/community';
import { useData } from '../app/DataContext';
import { getProject, listQuestions, listThemes } from '../data/queries';
import { useT } from '../ui/i18n';

interface TallyRow {
  label: string;
  notes: number;
}

interface Breakdown {
  caption: MessageId;
  column: MessageId;
  rows: TallyRow[];
}

/** The tally's rows named from what this computer holds; a name it does not hold is said so, never guessed. */
function useBreakdowns(projectId: string, tally: CommunityTally | undefined): Breakdown[] | undefined {
  const { db } = useData();
  const { t } = useT();
  const wanted = tally !== undefined;
  // Read only for a session that has counts to show: every other session screen reads nothing more.
  const named = useLiveQuery(async () => {
    if (!wanted) return undefined;
    const [project, questions, themes] = await Promise.all([
      getProject(db, projectId),
      listQuestions(db, projectId),
      listThemes(db, projectId),
    ]);
    return {
      questions: new Map(questions.map((q) => [q.id, q.text])),
      kinds: new Map((project?.kinds ?? []).map((k) => [k.id, k.name])),
      themes: new Map(themes.map((theme) => [theme.id, theme.name])),
    };
  }, [db, projectId, wanted]);
  if (!tally || !named) return undefined;
  const name = (names: Map<string, string>, id: string | null, none: MessageId) =>
    id === null ? t(none) : (names.get(id) ?? t('sessions.community.tally.unknown'));
  const breakdowns: Breakdown[] = [
    {
      caption: 'sessions.community.tally.byQuestion',
      column: 'sessions.community.tally.question',
      rows: tally.byQuestion.map((row) => ({
        label: name(named.questions, row.questionId, 'sessions.community.tally.noQuestion'),
        notes: row.notes,
      })),
    },
    {
      caption: 'sessions.community.tally.byKind',
      column: 'sessions.community.tally.kind',
      rows: tally.byKind.map((row) => ({
        label: name(named.kinds, row.kind, 'sessions.community.tally.noKind'),
        notes: row.notes,
      })),
    },
    {
      caption: 'sessions.community.tally.byTheme',
      column: 'sessions.community.tally.theme',
      rows: (tally.byTheme ?? []).map((row) => ({ label: row.name, notes: row.notes })),
    },
    {
      caption: 'sessions.community.tally.byMasterTheme',
      column: 'sessions.community.tally.masterTheme',
      rows: (tally.byMasterTheme ?? []).map((row) => ({
        label: name(named.themes, row.masterThemeId, 'sessions.community.tally.unknown'),
        notes: row.notes,
      })),
    },
  ];
  return breakdowns.filter((breakdown) => breakdown.rows.length > 0);
}

export function CommunityTallyNote({ session }: { session: Session }) {
  const tr = useT();
  const { t } = tr;
  const tally = sharesCountsOnly(session) ? session.communityTally : undefined;
  const breakdowns = useBreakdowns(session.projectId, tally ?? undefined);
  if (!tally) return null;
  return (
    <div className="community-tally">
      <p>
        {t('sessions.community.tally', {
          notes: tally.notes,
          speakers: tally.speakers,
          date: tr.date(tally.at, { dateStyle: 'long' }),
        })}
      </p>
      {breakdowns && breakdowns.length > 0 && (
        <details className="community-tally-rows">
          <summary>{t('sessions.community.tally.rows')}</summary>
          <div className="community-tally-tables">
            {breakdowns.map((breakdown) => (
              <table key={breakdown.caption} className="data-table">
                <caption>{t(breakdown.caption)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(breakdown.column)}</th>
                    <th scope="col" className="numeric">
                      {t('sessions.community.tally.notes')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {breakdown.rows.map((row, index) => (
                    <tr key={index}>
                      <th scope="row">{row.label}</th>
                      <td className="numeric">{tr.number(row.notes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
