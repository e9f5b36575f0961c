/** `review-total`: 行政复议's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
import { outcomeTotal } from '../outcomeTotal.js';

export const reviewTotal = outcomeTotal('review-total', ['review']);
