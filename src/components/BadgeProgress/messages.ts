import { defineMessages } from 'react-intl';

/** Every string of {@link BadgeProgress}, for translation catalogs. */
export const messages = /* @__PURE__ */ defineMessages({
  list: { id: 'frontend-component-badges.BadgeProgress.list', defaultMessage: 'Badges in progress', description: 'List name' },
  image: { id: 'frontend-component-badges.BadgeProgress.image', defaultMessage: '{name} badge ({earned, select, true {earned} other {locked: not earned yet}})', description: 'Badge image alt' },
  meter: { id: 'frontend-component-badges.BadgeProgress.meter', defaultMessage: 'Progress toward {name}', description: 'Progress bar name' },
  done: {
    id: 'frontend-component-badges.BadgeProgress.done',
    defaultMessage:
      '{total, plural, =0 {{percent} complete} one {{done} of # requirement group complete} other {{done} of # requirement groups complete}}',
    description: 'Progress bar text; total 0 when groups are unknown; percent like "50%"',
  },
  reqs: { id: 'frontend-component-badges.BadgeProgress.reqs', defaultMessage: 'Requirements', description: 'Checklist label (one group) and its show/hide button' },
  toggle: { id: 'frontend-component-badges.BadgeProgress.toggle', defaultMessage: 'Requirements for {name}', description: 'Accessible name of the show/hide button' },
  allOf: { id: 'frontend-component-badges.BadgeProgress.allOf', defaultMessage: 'Complete all of these', description: 'Checklist label: every group is required' },
  anyOf: { id: 'frontend-component-badges.BadgeProgress.anyOf', defaultMessage: 'Any one of these', description: 'Group label: one requirement is enough' },
  next: { id: 'frontend-component-badges.BadgeProgress.next', defaultMessage: 'Next step', description: 'Marks the first unmet group' },
  mark: {
    id: 'frontend-component-badges.BadgeProgress.mark',
    defaultMessage: '{mark, select, done {Done:} skip {Not needed:} other {Not done:}}',
    description: 'Hidden requirement prefix; skip: another in its group is met',
  },
  reset: { id: 'frontend-component-badges.BadgeProgress.reset', defaultMessage: 'Needs to be met again', description: 'Tag on a requirement a penalty reset' },
  regressed: {
    id: 'frontend-component-badges.BadgeProgress.regressed',
    defaultMessage:
      'Progress went down{hasDate, select, true { on {date}} other {}}{hasReason, select, true {: {reason}} other {}}. {count, plural, one {This requirement needs} other {These requirements need}} to be met again.',
    description: 'Why progress went down; reason is server text',
  },
  earned: { id: 'frontend-component-badges.BadgeProgress.earned', defaultMessage: 'Badge earned!', description: 'Celebration title' },
  cheer: {
    id: 'frontend-component-badges.BadgeProgress.cheer',
    defaultMessage:
      '{issued, select, true {Share it with your network.} other {You can share the badge as soon as it is issued.}}',
    description: 'Celebration text; issued: the badge can be shared',
  },
  empty: { id: 'frontend-component-badges.BadgeProgress.empty', defaultMessage: 'No badges in progress', description: 'Empty state title' },
  partial: { id: 'frontend-component-badges.BadgeProgress.partial', defaultMessage: 'Some badge progress could not be loaded.', description: 'List loaded in part' },
});
