import { PluginSlot } from '@openedx/frontend-plugin-framework';
import { useIntl } from 'react-intl';
import { CourseCardsContext, type CourseRunData } from './hooks';
import { messages } from './messages';

const LEARNING = 'https://apps.example.org/learning/course';

/** The learner's enrollments, as the dashboard's API would list them (keys match the mocks). */
const courseCards: Record<string, CourseRunData> = {
  'card-0': { courseId: 'course-v1:Lakeside+CLD301+2026_T2', title: 'Cloud Architecture', resumeUrl: `${LEARNING}/course-v1:Lakeside+CLD301+2026_T2/home` },
  'card-1': { courseId: 'course-v1:Lakeside+ML101+2026_T1', title: 'Machine Learning Foundations', resumeUrl: `${LEARNING}/course-v1:Lakeside+ML101+2026_T1/home` },
};

/** A small learner dashboard: course cards with the action slot, and the widget sidebar slot. */
export function Dashboard() {
  const { formatMessage } = useIntl();
  return (
    <CourseCardsContext.Provider value={courseCards}>
      <div className="dashboard">
        <main className="dashboard__courses" aria-labelledby="courses-heading">
          <h1 id="courses-heading">{formatMessage(messages.courses)}</h1>
          {Object.entries(courseCards).map(([cardId, run]) => (
            <article key={cardId} className="course-card" aria-labelledby={`${cardId}-title`} data-card-id={cardId}>
              <h2 id={`${cardId}-title`} className="course-card__title">{run.title}</h2>
              <div className="course-card__actions">
                <a className="btn btn-primary" href={run.resumeUrl}>{formatMessage(messages.resume)}</a>
                <PluginSlot
                  id="org.openedx.frontend.learner_dashboard.course_card_action.v1"
                  idAliases={['course_card_action_slot']}
                  pluginProps={{ cardId }}
                />
              </div>
            </article>
          ))}
        </main>
        <aside className="dashboard__sidebar" aria-label={formatMessage(messages.sidebar)}>
          <PluginSlot id="org.openedx.frontend.learner_dashboard.widget_sidebar.v1" idAliases={['widget_sidebar_slot']}>
            <p className="default-widget">{formatMessage(messages.lookingForChallenge)}</p>
          </PluginSlot>
        </aside>
      </div>
    </CourseCardsContext.Provider>
  );
}
