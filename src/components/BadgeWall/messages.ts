import { defineMessages } from 'react-intl';

/** Every string of the badge wall (loading, empty and error wording: common/QueryState). */
export const messages = /* @__PURE__ */ defineMessages({
  label: {
    id: 'frontend-component-badges.BadgeWall.label',
    defaultMessage:
      '{key, select, heading {My badges} view {View} grid {Grid} list {List} search {Search badges} options {Sort and filter} sort {Sort by} newest {Newest first} oldest {Oldest first} name {Name} expiring {Expiring soonest} status {Status} provider {Platform} issuer {Issuer} all {All} group {Group by} none {No grouping} course {Course} rest {Other badges} next {Next up} clear {Clear search and filters} empty {No badges yet} other {}}',
    description:
      'Short texts of the wall: heading, grid/list switch, search label, the "sort and filter" disclosure, control labels (sort, status, provider = platform such as Credly, issuer, group) and their options, group heading for badges with no course (rest), heading of badges in progress (next), the button that resets search and filters, the empty wall title.',
  },
  count: {
    id: 'frontend-component-badges.BadgeWall.count',
    defaultMessage:
      '{filtered, select, yes {Showing {shown} of {total, plural, one {# badge} other {# badges}}} other {{total, plural, one {# badge} other {# badges}}{pending, plural, =0 {} other {, # pending}}{expiring, plural, =0 {} other {, # expiring soon}}}}',
    description: 'Count summary, e.g. "12 badges, 1 pending"; when a search or filter hides some (filtered = yes): "Showing 3 of 12 badges".',
  },
  notice: {
    id: 'frontend-component-badges.BadgeWall.notice',
    defaultMessage:
      '{kind, select, problems {{count, plural, one {# badge could not be read and is not shown.} other {# badges could not be read and are not shown.}}} truncated {Showing the first {count} badges only.} other {Some badges could not be loaded, so this list may be incomplete.}}',
    description: 'Notices: items the data could not be read for (problems), the loading cap stopped before the end (truncated), a later page failed and what loaded is shown (other).',
  },
  noMatch: { id: 'frontend-component-badges.BadgeWall.noMatch', defaultMessage: 'No badges match your search and filters.', description: 'Shown when search or filters hide every badge.' },
  showAll: { id: 'frontend-component-badges.BadgeWall.showAll', defaultMessage: 'Show all {count} badges', description: 'Button under a shortened wall.' },
  separator: { id: 'frontend-component-badges.BadgeWall.separator', defaultMessage: ', ', description: 'Separator read by screen readers between name, issuer, date and state of a card.' },
  progress: { id: 'frontend-component-badges.BadgeWall.progress', defaultMessage: '{percent, number, percent} complete', description: 'Progress toward a badge.' },
  continueCourse: { id: 'frontend-component-badges.BadgeWall.continueCourse', defaultMessage: 'Continue {name}', description: 'Link to the course of a badge in progress.' },
});
