// Refusals worded once. An item that does not exist and one in a region the person is not granted get the same
// words, so a push cannot learn that another region's item exists, or where.
export const notFoundOrNotGranted = (feedbackId: number): string =>
  `Feedback #${feedbackId} was not found in the regions you are granted`;

export const MERGE_NOT_FOUND = 'That merge is not on the hub in the regions you are granted (it may have been refused)';
