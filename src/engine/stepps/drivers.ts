// The six STEPPS drivers and four social currencies as named stride constants.

export const DRIVERS = ['socialCurrency', 'triggers', 'emotion', 'public', 'practicalValue', 'stories'] as const;
export type Driver = (typeof DRIVERS)[number];
export const DRIVER_COUNT = 6;
export const SOCIAL_CURRENCY = 0;
export const TRIGGERS = 1;
export const EMOTION = 2;
export const PUBLIC = 3;
export const PRACTICAL_VALUE = 4;
export const STORIES = 5;

/** What tipped a share: a driver (0–5), or one of these. */
export const TIP_PROOF = 6;
export const TIP_TRUST = 7;
export const TIP_BASE = 8;
export const TIP_SEED = 9;
export const TIPS = [...DRIVERS, 'proof', 'trust', 'base', 'seed'] as const;

export const CURRENCIES = ['information', 'affiliation', 'reputation', 'status'] as const;
export const CURRENCY_COUNT = 4;
export const INFORMATION = 0;
export const AFFILIATION = 1;
export const REPUTATION = 2;
export const STATUS = 3;
