/**
 * TypeScript shapes of the proposed Open edX learner badges contract
 * (docs/openapi/learner-badges.yaml). The mocks build these; test/contract validates every mock
 * response against the OpenAPI schemas so the two cannot drift.
 */

/** `BadgeTemplate.origin`. */
export type ContractOrigin = 'credly' | 'accredible';

/** Provider state of an earned badge (`CredlyBadge.state` / `AccredibleBadge.state`). */
export type ContractBadgeState =
  | 'created'
  | 'no_response'
  | 'error'
  | 'pending'
  | 'accepted'
  | 'rejected'
  | 'revoked'
  | 'expired';

/** One issuer switch (Accredible `recipient_functions`). */
export type ContractShareSwitch = 'public' | 'private' | 'disabled';

/** The issuing organisation. */
export interface ContractIssuer {
  name: string;
  url?: string | null;
  image_url?: string | null;
  linkedin_organization_id?: string | null;
}

/** The course a template belongs to. */
export interface ContractCourse {
  key: string;
  name?: string | null;
  url?: string | null;
}

/** The template an earned badge was issued from. */
export interface ContractBadgeTemplate {
  uuid: string;
  name: string;
  description: string | null;
  image_url: string | null;
  skills: string[];
  criteria_url: string | null;
  criteria_narrative: string | null;
  issuer: ContractIssuer;
}

/** One earned badge (`LearnerBadge` in the OpenAPI document). */
export interface ContractBadge {
  uuid: string;
  origin: ContractOrigin;
  external_id: string;
  state: ContractBadgeState;
  awarded_at: string;
  expires_at: string | null;
  public_url: string | null;
  accept_url: string | null;
  is_public: boolean | null;
  revocation_reason: string | null;
  template: ContractBadgeTemplate;
  course: ContractCourse | null;
  share_switches: Partial<Record<'add_to_linkedin' | 'embed' | 'email_share' | 'download_badge' | 'sharing', ContractShareSwitch>> | null;
}

/** One `BadgeRequirement`. */
export interface ContractRequirement {
  id: string;
  description: string;
  fulfilled: boolean;
  url?: string | null;
  event_type?: string | null;
}

/** Requirements sharing one `blend` letter (any one of them). */
export interface ContractRequirementGroup {
  blend: string;
  fulfilled: boolean;
  requirements: ContractRequirement[];
}

/** A penalty that reset requirements. */
export interface ContractReset {
  requirement_ids: string[];
  reason?: string | null;
  occurred_at?: string | null;
}

/** One progress record (`BadgeProgress` in the OpenAPI document). */
export interface ContractProgress {
  template: {
    uuid: string;
    origin: ContractOrigin;
    name: string;
    description?: string | null;
    image_url?: string | null;
    issuer?: ContractIssuer | null;
    course?: ContractCourse | null;
  };
  ratio: number;
  completed: boolean;
  groups: ContractRequirementGroup[];
  resets: ContractReset[];
  earned_badge_id: string | null;
}

/** A DRF page. */
export interface ContractPage<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}
