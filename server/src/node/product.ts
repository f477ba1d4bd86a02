import manifest from '../../../package.json' with { type: 'json' };

/** The product and its version, as a report states them: read from the package's manifest, its one source. */
export const PRODUCT = { name: 'Tender LS', version: manifest.version } as const;
