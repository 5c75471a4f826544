import { createContext, useContext } from 'react';

/** What this host knows about the course run behind a course card. */
export interface CourseRunData {
  courseId: string;
  title: string;
  resumeUrl: string;
}

/** The dashboard's course cards by `cardId`, as the learner dashboard keeps them in its store. */
export const CourseCardsContext = createContext<Readonly<Record<string, CourseRunData>>>({});

/**
 * The same shape as the learner dashboard's `reduxHooks` (its `src/hooks`), so the example's
 * env.config.jsx is the one a site copies into the real dashboard.
 */
export const reduxHooks = {
  /** The course run shown by the card `cardId`. */
  useCardCourseRunData(cardId: string): CourseRunData {
    const run = useContext(CourseCardsContext)[cardId];
    if (!run) throw new Error(`No course card "${cardId}" on this dashboard.`);
    return run;
  },
};
