/** `litigation-total`: in both 行政诉讼 groups (未经复议直接起诉, 复议后起诉), 总计 = the four outcomes. */
import { outcomeTotal } from '../outcomeTotal.js';

export const litigationTotal = outcomeTotal('litigation-total', ['litigationDirect', 'litigationAfterReview']);
