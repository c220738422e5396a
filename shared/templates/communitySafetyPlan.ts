/**
 * Project templates. A template is plain data; `instantiateTemplate` turns it into the records of a new
 * project (the caller's command layer writes them). Everything a template sets is editable afterwards.
 */
import type { NoteKind } from '../domain/schemas';

export interface ProjectTemplate {
  id: string;
  name: string;
  description: string;
  kinds: NoteKind[];
  groups: { name: string; color: string }[];
  questions: { text: string; timeboxMinutes: number | null }[];
}

export const COMMUNITY_SAFETY_PLAN: ProjectTemplate = {
  id: 'community-safety-plan',
  name: 'Community Safety Plan',
  description:
    'Focus groups for a municipal Community Safety and Well-being Plan: what matters to each stakeholder group, ' +
    'what the community already has, what puts people at risk, and what could be done.',
  kinds: [
    { id: 'issue', name: 'Issue or priority', color: '#C2410C', description: 'A problem or priority people raised.' },
    { id: 'asset', name: 'Local asset', color: '#15803D', description: 'A strength, service or place that helps.' },
    { id: 'risk', name: 'Risk factor', color: '#B91C1C', description: 'Something that raises the risk of harm.' },
    { id: 'idea', name: 'Idea for action', color: '#1D4ED8', description: 'Something the city or partners could do.' },
    { id: 'measure', name: 'Measure of progress', color: '#7E22CE', description: 'How we would know it is working.' },
  ],
  groups: [
    { name: 'Business', color: '#2563EB' },
    { name: 'Social sector agencies', color: '#059669' },
    { name: 'Indigenous Peoples', color: '#B45309' },
    { name: 'Faith groups', color: '#7C3AED' },
    { name: 'Seniors', color: '#DB2777' },
    { name: 'Youth', color: '#0891B2' },
    { name: 'People with lived experience', color: '#4D7C0F' },
  ],
  questions: [
    { text: 'What does a safe and healthy community look like to you?', timeboxMinutes: 10 },
    { text: 'What are the biggest safety and well-being issues where you live or work?', timeboxMinutes: 15 },
    { text: 'What in the community already helps people feel safe and supported?', timeboxMinutes: 10 },
    { text: 'What could the city and its partners do differently?', timeboxMinutes: 15 },
    { text: 'How would you know that things are getting better?', timeboxMinutes: 10 },
  ],
};

export const BLANK_TEMPLATE: ProjectTemplate = {
  id: 'blank',
  name: 'Blank project',
  description: '',
  kinds: [
    { id: 'observation', name: 'Observation', color: '#475569', description: '' },
    { id: 'idea', name: 'Idea', color: '#1D4ED8', description: '' },
  ],
  groups: [],
  questions: [],
};

export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [COMMUNITY_SAFETY_PLAN, BLANK_TEMPLATE];

export function findTemplate(id: string): ProjectTemplate | undefined {
  return PROJECT_TEMPLATES.find((template) => template.id === id);
}
