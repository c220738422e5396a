/**
 * "also in Lighting, Transit": where else a note linked to several themes counts, beside the note wherever the
 * findings screen lists it under one of its themes (shared/findings/linkedNotes.ts says which).
 */
import type { Theme } from '../../shared/domain/schemas';
import { useT } from '../ui/i18n';

export function AlsoIn({
  themeIds,
  themes,
}: {
  themeIds: readonly string[];
  themes: readonly Pick<Theme, 'id' | 'name'>[];
}) {
  const { t } = useT();
  if (themeIds.length === 0) return null;
  const names = themeIds.map((id) => themes.find((theme) => theme.id === id)?.name ?? id).join(', ');
  return <span className="muted also-in"> ({t('finding.alsoIn', { themes: names })})</span>;
}
