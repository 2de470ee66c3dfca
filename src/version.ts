/** Chancery's version (the package's; a test holds the two equal). */
export const VERSION = '0.2.0';
