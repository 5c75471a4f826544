import { defineMessages } from 'react-intl';

const p = 'frontend-component-badges.BadgeProgress.';

/** Every string of {@link BadgeProgress}, for translation catalogs. */
export const messages = defineMessages({
  list: { id: `${p}list`, defaultMessage: 'Badges in progress', description: 'List name' },
  image: { id: `${p}image`, defaultMessage: '{name} badge ({earned, select, true {earned} other {locked: not earned yet}})', description: 'Badge image alt' },
  meter: { id: `${p}meter`, defaultMessage: 'Progress toward {name}', description: 'Progress bar name' },
  done: {
    id: `${p}done`,
    defaultMessage:
      '{total, plural, =0 {{percent} complete} one {{done} of # requirement group complete} other {{done} of # requirement groups complete}}',
    description: 'Progress bar text; total 0 when groups are unknown; percent like "50%"',
  },
  reqs: { id: `${p}reqs`, defaultMessage: 'Requirements', description: 'Checklist label (one group) and its show/hide button' },
  toggle: { id: `${p}toggle`, defaultMessage: 'Requirements for {name}', description: 'Accessible name of the show/hide button' },
  allOf: { id: `${p}allOf`, defaultMessage: 'Complete all of these', description: 'Checklist label: every group is required' },
  anyOf: { id: `${p}anyOf`, defaultMessage: 'Any one of these', description: 'Group label: one requirement is enough' },
  next: { id: `${p}next`, defaultMessage: 'Next step', description: 'Marks the first unmet group' },
  mark: {
    id: `${p}mark`,
    defaultMessage: '{mark, select, done {Done:} skip {Not needed:} other {Not done:}}',
    description: 'Hidden requirement prefix; skip: another in its group is met',
  },
  reset: { id: `${p}reset`, defaultMessage: 'Needs to be met again', description: 'Tag on a requirement a penalty reset' },
  regressed: {
    id: `${p}regressed`,
    defaultMessage:
      'Progress went down{hasDate, select, true { on {date}} other {}}{hasReason, select, true {: {reason}} other {}}. {count, plural, one {This requirement needs} other {These requirements need}} to be met again.',
    description: 'Why progress went down; reason is server text',
  },
  earned: { id: `${p}earned`, defaultMessage: 'Badge earned!', description: 'Celebration title' },
  cheer: {
    id: `${p}cheer`,
    defaultMessage:
      '{issued, select, true {Share it with your network.} other {You can share the badge as soon as it is issued.}}',
    description: 'Celebration text; issued: the badge can be shared',
  },
  empty: { id: `${p}empty`, defaultMessage: 'No badges in progress', description: 'Empty state title' },
  partial: { id: `${p}partial`, defaultMessage: 'Some badge progress could not be loaded.', description: 'List loaded in part' },
});
