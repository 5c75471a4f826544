import { defineMessages } from 'react-intl';

const p = 'frontend-component-badges.BadgeProgress.';

/** Every string of {@link BadgeProgress}, for translation catalogs. */
export const messages = defineMessages({
  listLabel: { id: `${p}listLabel`, defaultMessage: 'Badges in progress', description: 'List name' },
  imageLocked: { id: `${p}imageLocked`, defaultMessage: '{name} badge (locked: not earned yet)', description: 'Alt of an unearned badge image' },
  imageEarned: { id: `${p}imageEarned`, defaultMessage: '{name} badge (earned)', description: 'Alt of an earned badge image' },
  meterLabel: { id: `${p}meterLabel`, defaultMessage: 'Progress toward {name}', description: 'Progress bar name' },
  groupsDone: {
    id: `${p}groupsDone`,
    defaultMessage: '{done} of {total, plural, one {# requirement group} other {# requirement groups}} complete',
    description: 'Progress bar text',
  },
  percentDone: { id: `${p}percentDone`, defaultMessage: '{percent} complete', description: 'Progress bar text without groups; percent like "50%"' },
  requirements: { id: `${p}requirements`, defaultMessage: 'Requirements', description: 'Checklist label and its toggle' },
  toggle: { id: `${p}toggle`, defaultMessage: 'Requirements for {name}', description: 'Checklist toggle name' },
  allOf: { id: `${p}allOf`, defaultMessage: 'Complete all of these', description: 'Checklist label: every group is required' },
  anyOf: { id: `${p}anyOf`, defaultMessage: 'Any one of these', description: 'Group label: one requirement is enough' },
  nextStep: { id: `${p}nextStep`, defaultMessage: 'Next step', description: 'Marks the first unmet group' },
  done: { id: `${p}done`, defaultMessage: 'Done:', description: 'Met requirement prefix (hidden)' },
  todo: { id: `${p}todo`, defaultMessage: 'Not done:', description: 'Unmet requirement prefix (hidden)' },
  notNeeded: { id: `${p}notNeeded`, defaultMessage: 'Not needed:', description: 'Prefix (hidden) of an alternative not needed: another in its group is met' },
  wasReset: { id: `${p}wasReset`, defaultMessage: 'Needs to be met again', description: 'Tag on a requirement a penalty reset' },
  regressed: {
    id: `${p}regressed`,
    defaultMessage:
      '{hasDate, select, yes {Progress went down on {date}} other {Progress went down}}{hasReason, select, yes {: {reason}.} other {.}} {count, plural, one {This requirement needs} other {These requirements need}} to be met again.',
    description: 'Why progress went down; reason is server text',
  },
  earnedTitle: { id: `${p}earnedTitle`, defaultMessage: 'Badge earned!', description: 'Celebration title' },
  earnedShare: { id: `${p}earnedShare`, defaultMessage: 'Congratulations, you earned {name}. Share it with your network.', description: 'Celebration text before the share button' },
  earnedWaiting: { id: `${p}earnedWaiting`, defaultMessage: 'Congratulations, you completed every requirement for {name}. You can share the badge as soon as it is issued.', description: 'Celebration text, badge not issued yet' },
  loading: { id: `${p}loading`, defaultMessage: 'Loading badge progress…', description: 'Loading (hidden)' },
  emptyTitle: { id: `${p}emptyTitle`, defaultMessage: 'No badges in progress', description: 'Empty title' },
  emptyBody: { id: `${p}emptyBody`, defaultMessage: 'Take a course that awards a badge and your progress will show up here.', description: 'Empty text' },
  emptyCta: { id: `${p}emptyCta`, defaultMessage: 'Find a course', description: 'Empty state link to the catalog' },
  partial: { id: `${p}partial`, defaultMessage: 'Some badge progress could not be loaded.', description: 'List loaded in part' },
  errorUnauthorized: { id: `${p}errorUnauthorized`, defaultMessage: 'Your session has ended. Sign in again to see your badge progress.', description: 'Error: 401' },
  errorForbidden: { id: `${p}errorForbidden`, defaultMessage: 'You do not have permission to see this badge progress.', description: 'Error: 403' },
  errorNotFound: { id: `${p}errorNotFound`, defaultMessage: 'We could not find badge progress for this learner.', description: 'Error: 404' },
  errorNetwork: { id: `${p}errorNetwork`, defaultMessage: 'We could not reach the badges service. Check your connection and try again.', description: 'Error: network or timeout' },
  errorBusy: { id: `${p}errorBusy`, defaultMessage: 'The badges service is busy. Wait a moment and try again.', description: 'Error: 429' },
  errorOther: { id: `${p}errorOther`, defaultMessage: 'Something went wrong while loading your badge progress. Try again.', description: 'Error: server or unreadable response' },
  retry: { id: `${p}retry`, defaultMessage: 'Try again', description: 'Reload button' },
  signIn: { id: `${p}signIn`, defaultMessage: 'Sign in', description: 'Sign-in link after 401' },
});
