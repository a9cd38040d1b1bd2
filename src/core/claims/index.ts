export { groupClaims, groupClaimsInSlices, claimsOf, claimWording, likeness } from './groupClaims';
export type { Claim, ClaimVersion, ClaimSpeaker, ClaimSource, GroupOptions } from './groupClaims';
export { compareWording } from './wording';
export type { WordingSegment, WordingKind } from './wording';
export { words, contentStems, stem } from './words';
export type { Word } from './words';
