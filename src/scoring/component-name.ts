/** The components of a score, each in [0, 1]. */
export type ComponentName = 'capability' | 'skills' | 'commute' | 'hours' | 'economics' | 'preferences';
