/**
 * SPEC.md's keys of the application matrix and part 四, in the order the forms print them, for
 * the scripts that generate fixtures and corpora. Written from SPEC.md, apart from src/, so that
 * the goldens these scripts write stay an independent check of the parser.
 */
export const APPLICATION_ROWS = [
  'newReceived', 'carriedOver', 'granted', 'partiallyGranted',
  'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersSafety', 'denied.thirdPartyRights',
  'denied.internalAffairs', 'denied.processInformation', 'denied.enforcementFiles', 'denied.administrativeQuery',
  'unableToProvide.notHeld', 'unableToProvide.needsCreation', 'unableToProvide.unclearAfterCorrection',
  'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive',
  'notProcessed.confirmation',
  'otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other',
  'totalHandled', 'carriedForward',
];
/** The rows of the 勾稽关系: 新收 + 结转 = （七）总计 + 结转下年度. */
export const BOOKENDS = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'];
/** The outcome rows whose sum is （七）总计 (21 in the 2021 form). */
export const OUTCOME_ROWS = APPLICATION_ROWS.filter((r) => !BOOKENDS.includes(r));
/** The six applicant columns that add up to `total`. */
export const APPLICANT_COLUMNS = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other'];
export const COLUMNS = [...APPLICANT_COLUMNS, 'total'];
export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
export const OUTCOME_FIELDS = ['upheld', 'corrected', 'other', 'pending', 'total'];
