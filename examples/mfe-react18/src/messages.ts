import { defineMessages } from 'react-intl';

/** The host's own strings (the badges widgets bring theirs). */
export const messages = defineMessages({
  courses: { id: 'example.dashboard.courses', defaultMessage: 'My courses', description: 'Heading of the course list' },
  resume: { id: 'example.dashboard.resume', defaultMessage: 'Resume', description: 'Link to continue a course' },
  sidebar: { id: 'example.dashboard.sidebar', defaultMessage: 'Your learning', description: 'Label of the sidebar' },
  lookingForChallenge: {
    id: 'example.dashboard.lookingForChallenge',
    defaultMessage: 'Looking for a new challenge? Explore courses.',
    description: 'Default sidebar widget',
  },
});

/** The host's catalogs per locale, merged with the library's by initialize({ messages }). */
export const appMessages: Record<string, Record<string, string>> = {
  'es-419': {
    'example.dashboard.courses': 'Mis cursos',
    'example.dashboard.resume': 'Continuar',
    'example.dashboard.sidebar': 'Tu aprendizaje',
    'example.dashboard.lookingForChallenge': '¿Buscas un nuevo reto? Explora cursos.',
  },
};
