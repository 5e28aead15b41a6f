/**
 * The library's version, the `version` of its `package.json` (a test keeps the two equal). Run records
 * (`createRunRecord`) carry it so a stored decision names the code that made it.
 */
export const VERSION: string = '0.1.0';

/** The package name, as published. */
export const LIBRARY_NAME: string = 'banenmatch';
