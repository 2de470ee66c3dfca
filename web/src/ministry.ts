/** The first dataset's ministry, and the posts the timeline draws beside its minister. */
export const MINISTRY = 'ministry-of-foreign-affairs-north-korea';
export const MINISTER = 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs';
export const HEAD_OF_STATE = 'north-korea:head-of-state';
export const PREMIER = 'cabinet-north-korea:premier';
